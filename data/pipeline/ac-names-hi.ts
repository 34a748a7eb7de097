/**
 * Hindi names of Uttar Pradesh's 403 assembly constituencies (2008 delimitation), by AC number,
 * as Hindi newspapers and the CEO Uttar Pradesh write them: Cantt. = कैंट, Nagar = नगर,
 * North/South/East/West = उत्तर/दक्षिण/पूर्व/पश्चिम, Central = मध्य, Rural = देहात or ग्रामीण (as each
 * seat is known locally), Urban = शहर. No nukta (ज not ज़, फ not फ़), as most Hindi papers print them.
 * The English name is given beside each, for review; tests/unit/pipeline/ac-names-hi.test.ts
 * transliterates every Hindi name back to Latin and checks that it is close to the English one.
 */
export const AC_NAMES_HI: Readonly<Record<number, string>> = {
	1: 'बेहट', // Behat
	2: 'नकुड़', // Nakur
	3: 'सहारनपुर नगर', // Saharanpur Nagar
	4: 'सहारनपुर', // Saharanpur
	5: 'देवबंद', // Deoband
	6: 'रामपुर मनिहारान', // Rampur Maniharan
	7: 'गंगोह', // Gangoh
	8: 'कैराना', // Kairana
	9: 'थाना भवन', // Thana Bhawan
	10: 'शामली', // Shamli
	11: 'बुढ़ाना', // Budhana
	12: 'चरथावल', // Charthawal
	13: 'पुरकाजी', // Purqazi
	14: 'मुजफ्फरनगर', // Muzaffar Nagar
	15: 'खतौली', // Khatauli
	16: 'मीरापुर', // Meerapur
	17: 'नजीबाबाद', // Najibabad
	18: 'नगीना', // Nagina
	19: 'बढ़ापुर', // Barhapur
	20: 'धामपुर', // Dhampur
	21: 'नहटौर', // Nehtaur
	22: 'बिजनौर', // Bijnor
	23: 'चांदपुर', // Chandpur
	24: 'नूरपुर', // Noorpur
	25: 'कांठ', // Kanth
	26: 'ठाकुरद्वारा', // Thakurdwara
	27: 'मुरादाबाद देहात', // Moradabad Rural
	28: 'मुरादाबाद नगर', // Moradabad Nagar
	29: 'कुंदरकी', // Kundarki
	30: 'बिलारी', // Bilari
	31: 'चंदौसी', // Chandausi
	32: 'असमोली', // Asmoli
	33: 'संभल', // Sambhal
	34: 'स्वार', // Suar
	35: 'चमरौआ', // Chamraua
	36: 'बिलासपुर', // Bilaspur
	37: 'रामपुर', // Rampur
	38: 'मिलक', // Milak
	39: 'धनौरा', // Dhanaura
	40: 'नौगावां सादात', // Naugawan Sadat
	41: 'अमरोहा', // Amroha
	42: 'हसनपुर', // Hasanpur
	43: 'सिवालखास', // Siwalkhas
	44: 'सरधना', // Sardhana
	45: 'हस्तिनापुर', // Hastinapur
	46: 'किठौर', // Kithore
	47: 'मेरठ कैंट', // Meerut Cantt.
	48: 'मेरठ', // Meerut
	49: 'मेरठ दक्षिण', // Meerut South
	50: 'छपरौली', // Chhaprauli
	51: 'बड़ौत', // Baraut
	52: 'बागपत', // Baghpat
	53: 'लोनी', // Loni
	54: 'मुरादनगर', // Muradnagar
	55: 'साहिबाबाद', // Sahibabad
	56: 'गाजियाबाद', // Ghaziabad
	57: 'मोदीनगर', // Modi Nagar
	58: 'धौलाना', // Dholana
	59: 'हापुड़', // Hapur
	60: 'गढ़मुक्तेश्वर', // Garhmukteshwar
	61: 'नोएडा', // Noida
	62: 'दादरी', // Dadri
	63: 'जेवर', // Jewar
	64: 'सिकंदराबाद', // Sikandrabad
	65: 'बुलंदशहर', // Bulandshahr
	66: 'स्याना', // Syana
	67: 'अनूपशहर', // Anupshahr
	68: 'डिबाई', // Debai
	69: 'शिकारपुर', // Shikarpur
	70: 'खुर्जा', // Khurja
	71: 'खैर', // Khair
	72: 'बरौली', // Barauli
	73: 'अतरौली', // Atrauli
	74: 'छर्रा', // Chharra
	75: 'कोल', // Koil
	76: 'अलीगढ़', // Aligarh
	77: 'इगलास', // Iglas
	78: 'हाथरस', // Hathras
	79: 'सादाबाद', // Sadabad
	80: 'सिकंदराराऊ', // Sikandra Rao
	81: 'छाता', // Chhata
	82: 'मांट', // Mant
	83: 'गोवर्धन', // Goverdhan
	84: 'मथुरा', // Mathura
	85: 'बलदेव', // Baldev
	86: 'एत्मादपुर', // Etmadpur
	87: 'आगरा कैंट', // Agra Cantt.
	88: 'आगरा दक्षिण', // Agra South
	89: 'आगरा उत्तर', // Agra North
	90: 'आगरा ग्रामीण', // Agra Rural
	91: 'फतेहपुर सीकरी', // Fatehpur Sikri
	92: 'खेरागढ़', // Kheragarh
	93: 'फतेहाबाद', // Fatehabad
	94: 'बाह', // Bah
	95: 'टूंडला', // Tundla
	96: 'जसराना', // Jasrana
	97: 'फिरोजाबाद', // Firozabad
	98: 'शिकोहाबाद', // Shikohabad
	99: 'सिरसागंज', // Sirsaganj
	100: 'कासगंज', // Kasganj
	101: 'अमांपुर', // Amanpur
	102: 'पटियाली', // Patiyali
	103: 'अलीगंज', // Aliganj
	104: 'एटा', // Etah
	105: 'मारहरा', // Marhara
	106: 'जलेसर', // Jalesar
	107: 'मैनपुरी', // Mainpuri
	108: 'भोगांव', // Bhongaon
	109: 'किशनी', // Kishani
	110: 'करहल', // Karhal
	111: 'गुन्नौर', // Gunnaur
	112: 'बिसौली', // Bisauli
	113: 'सहसवान', // Sahaswan
	114: 'बिल्सी', // Bilsi
	115: 'बदायूं', // Badaun
	116: 'शेखूपुर', // Shekhupur
	117: 'दातागंज', // Dataganj
	118: 'बहेड़ी', // Baheri
	119: 'मीरगंज', // Meerganj
	120: 'भोजीपुरा', // Bhojipura
	121: 'नवाबगंज', // Nawabganj
	122: 'फरीदपुर', // Faridpur
	123: 'बिथरी चैनपुर', // Bithari Chainpur
	124: 'बरेली', // Bareilly
	125: 'बरेली कैंट', // Bareilly Cantt.
	126: 'आंवला', // Aonla
	127: 'पीलीभीत', // Pilibhit
	128: 'बरखेड़ा', // Barkhera
	129: 'पूरनपुर', // Puranpur
	130: 'बीसलपुर', // Bisalpur
	131: 'कटरा', // Katra
	132: 'जलालाबाद', // Jalalabad
	133: 'तिलहर', // Tilhar
	134: 'पुवायां', // Powayan
	135: 'शाहजहांपुर', // Shahjahanpur
	136: 'ददरौल', // Dadraul
	137: 'पलिया', // Palia
	138: 'निघासन', // Nighasan
	139: 'गोला गोकर्णनाथ', // Gola Gokrannath
	140: 'श्रीनगर', // Sri Nagar
	141: 'धौरहरा', // Dhaurahra
	142: 'लखीमपुर', // Lakhimpur
	143: 'कस्ता', // Kasta
	144: 'मोहम्मदी', // Mohammdi
	145: 'महोली', // Maholi
	146: 'सीतापुर', // Sitapur
	147: 'हरगांव', // Hargaon
	148: 'लहरपुर', // Laharpur
	149: 'बिसवां', // Biswan
	150: 'सेवता', // Sevata
	151: 'महमूदाबाद', // Mahmoodabad
	152: 'सिधौली', // Sidhauli
	153: 'मिश्रिख', // Misrikh
	154: 'सवायजपुर', // Sawaijpur
	155: 'शाहाबाद', // Shahabad
	156: 'हरदोई', // Hardoi
	157: 'गोपामऊ', // Gopamau
	158: 'सांडी', // Sandi
	159: 'बिलग्राम-मल्लावां', // Bilgram-Mallanwan
	160: 'बालामऊ', // Balamau
	161: 'संडीला', // Sandila
	162: 'बांगरमऊ', // Bangermau
	163: 'सफीपुर', // Safipur
	164: 'मोहान', // Mohan
	165: 'उन्नाव', // Unnao
	166: 'भगवंतनगर', // Bhagwantnagar
	167: 'पुरवा', // Purwa
	168: 'मलिहाबाद', // Malihabad
	169: 'बख्शी का तालाब', // Bakshi Kaa Talab
	170: 'सरोजनी नगर', // Sarojini Nagar
	171: 'लखनऊ पश्चिम', // Lucknow West
	172: 'लखनऊ उत्तर', // Lucknow North
	173: 'लखनऊ पूर्व', // Lucknow East
	174: 'लखनऊ मध्य', // Lucknow Central
	175: 'लखनऊ कैंट', // Lucknow Cantt.
	176: 'मोहनलालगंज', // Mohanlalganj
	177: 'बछरावां', // Bachhrawan
	178: 'तिलोई', // Tiloi
	179: 'हरचंदपुर', // Harchandpur
	180: 'रायबरेली', // Rae Bareli
	181: 'सलोन', // Salon
	182: 'सरेनी', // Sareni
	183: 'ऊंचाहार', // Unchahar
	184: 'जगदीशपुर', // Jagdishpur
	185: 'गौरीगंज', // Gauriganj
	186: 'अमेठी', // Amethi
	187: 'इसौली', // Isauli
	188: 'सुल्तानपुर', // Sultanpur
	189: 'सदर', // Sadar
	190: 'लंभुआ', // Lambhua
	191: 'कादीपुर', // Kadipur
	192: 'कायमगंज', // Kaimganj
	193: 'अमृतपुर', // Amritpur
	194: 'फर्रुखाबाद', // Farrukhabad
	195: 'भोजपुर', // Bhojpur
	196: 'छिबरामऊ', // Chhibramau
	197: 'तिर्वा', // Tirwa
	198: 'कन्नौज', // Kannauj
	199: 'जसवंतनगर', // Jaswantnagar
	200: 'इटावा', // Etawah
	201: 'भरथना', // Bharthana
	202: 'बिधूना', // Bidhuna
	203: 'दिबियापुर', // Dibiyapur
	204: 'औरैया', // Auraiya
	205: 'रसूलाबाद', // Rasulabad
	206: 'अकबरपुर-रनियां', // Akbarpur-Raniya
	207: 'सिकंदरा', // Sikandra
	208: 'भोगनीपुर', // Bhognipur
	209: 'बिल्हौर', // Bilhaur
	210: 'बिठूर', // Bithoor
	211: 'कल्याणपुर', // Kalyanpur
	212: 'गोविंद नगर', // Govindnagar
	213: 'सीसामऊ', // Sishamau
	214: 'आर्य नगर', // Arya Nagar
	215: 'किदवई नगर', // Kidwai Nagar
	216: 'कानपुर कैंट', // Kanpur Cantt.
	217: 'महाराजपुर', // Maharajpur
	218: 'घाटमपुर', // Ghatampur
	219: 'माधौगढ़', // Madhaugarh
	220: 'कालपी', // Kalpi
	221: 'उरई', // Orai
	222: 'बबीना', // Babina
	223: 'झांसी नगर', // Jhansi Nagar
	224: 'मऊरानीपुर', // Mauranipur
	225: 'गरौठा', // Garautha
	226: 'ललितपुर', // Lalitpur
	227: 'महरौनी', // Mehroni
	228: 'हमीरपुर', // Hamirpur
	229: 'राठ', // Rath
	230: 'महोबा', // Mahoba
	231: 'चरखारी', // Charkhari
	232: 'तिंदवारी', // Tindwari
	233: 'बबेरू', // Baberu
	234: 'नरैनी', // Naraini
	235: 'बांदा', // Banda
	236: 'चित्रकूट', // Chitrakoot
	237: 'मानिकपुर', // Manikpur
	238: 'जहानाबाद', // Jahanabad
	239: 'बिंदकी', // Bindki
	240: 'फतेहपुर', // Fatehpur
	241: 'अयाह शाह', // Ayah Shah
	242: 'हुसैनगंज', // Husainganj
	243: 'खागा', // Khaga
	244: 'रामपुर खास', // Rampur Khas
	245: 'बाबागंज', // Babaganj
	246: 'कुंडा', // Kunda
	247: 'विश्वनाथगंज', // Bishwavnathganj
	248: 'प्रतापगढ़', // Pratapgarh
	249: 'पट्टी', // Patti
	250: 'रानीगंज', // Raniganj
	251: 'सिराथू', // Sirathu
	252: 'मंझनपुर', // Manjhanpur
	253: 'चायल', // Chail
	254: 'फाफामऊ', // Phaphamau
	255: 'सोरांव', // Soraon
	256: 'फूलपुर', // Phulpur
	257: 'प्रतापपुर', // Pratappur
	258: 'हंडिया', // Handia
	259: 'मेजा', // Meja
	260: 'करछना', // Karachhana
	261: 'इलाहाबाद पश्चिम', // Allahabad West
	262: 'इलाहाबाद उत्तर', // Allahabad North
	263: 'इलाहाबाद दक्षिण', // Allahabad South
	264: 'बारा', // Bara
	265: 'कोरांव', // Koraon
	266: 'कुर्सी', // Kursi
	267: 'रामनगर', // Ram Nagar
	268: 'बाराबंकी', // Barabanki
	269: 'जैदपुर', // Zaidpur
	270: 'दरियाबाद', // Dariyabad
	271: 'रुदौली', // Rudauli
	272: 'हैदरगढ़', // Haidergarh
	273: 'मिल्कीपुर', // Milkipur
	274: 'बीकापुर', // Bikapur
	275: 'अयोध्या', // Ayodhya
	276: 'गोसाईगंज', // Goshainganj
	277: 'कटेहरी', // Katehari
	278: 'टांडा', // Tanda
	279: 'आलापुर', // Alapur
	280: 'जलालपुर', // Jalalpur
	281: 'अकबरपुर', // Akbarpur
	282: 'बलहा', // Balha
	283: 'नानपारा', // Nanpara
	284: 'मटेरा', // Matera
	285: 'महसी', // Mahasi
	286: 'बहराइच', // Bahraich
	287: 'पयागपुर', // Payagpur
	288: 'कैसरगंज', // Kaiserganj
	289: 'भिनगा', // Bhinga
	290: 'श्रावस्ती', // Shrawasti
	291: 'तुलसीपुर', // Tulsipur
	292: 'गैंसड़ी', // Gainsari
	293: 'उतरौला', // Utraula
	294: 'बलरामपुर', // Balrampur
	295: 'मेहनौन', // Mehnaun
	296: 'गोंडा', // Gonda
	297: 'कटरा बाजार', // Katra Bazar
	298: 'कर्नलगंज', // Colonelganj
	299: 'तरबगंज', // Tarabganj
	300: 'मनकापुर', // Mankapur
	301: 'गौरा', // Gaura
	302: 'शोहरतगढ़', // Shohratgarh
	303: 'कपिलवस्तु', // Kapilvastu
	304: 'बांसी', // Bansi
	305: 'इटवा', // Itwa
	306: 'डुमरियागंज', // Domariyaganj
	307: 'हर्रैया', // Harraiya
	308: 'कप्तानगंज', // Kaptanganj
	309: 'रुधौली', // Rudhauli
	310: 'बस्ती सदर', // Basti Sadar
	311: 'महादेवा', // Mahadewa
	312: 'मेंहदावल', // Menhdawal
	313: 'खलीलाबाद', // Khalilabad
	314: 'धनघटा', // Dhanghata
	315: 'फरेंदा', // Pharenda
	316: 'नौतनवा', // Nautanwa
	317: 'सिसवा', // Siswa
	318: 'महराजगंज', // Maharajganj
	319: 'पनियरा', // Paniyra
	320: 'कैंपियरगंज', // Caimpiyarganj
	321: 'पिपराइच', // Pipraich
	322: 'गोरखपुर शहर', // Gorakhpur Urban
	323: 'गोरखपुर ग्रामीण', // Gorakhpur Rural
	324: 'सहजनवा', // Sahajanwa
	325: 'खजनी', // Khajani
	326: 'चौरी-चौरा', // Chauri-Chaura
	327: 'बांसगांव', // Bansgaon
	328: 'चिल्लूपार', // Chillupar
	329: 'खड्डा', // Khadda
	330: 'पडरौना', // Padrauna
	331: 'तमकुहीराज', // Tamkuhi Raj
	332: 'फाजिलनगर', // Fazilnagar
	333: 'कुशीनगर', // Kushinagar
	334: 'हाटा', // Hata
	335: 'रामकोला', // Ramkola
	336: 'रुद्रपुर', // Rudrapur
	337: 'देवरिया', // Deoria
	338: 'पथरदेवा', // Pathardeva
	339: 'रामपुर कारखाना', // Rampur Karkhana
	340: 'भाटपार रानी', // Bhatpar Rani
	341: 'सलेमपुर', // Salempur
	342: 'बरहज', // Barhaj
	343: 'अतरौलिया', // Atrauliya
	344: 'गोपालपुर', // Gopalpur
	345: 'सगड़ी', // Sagri
	346: 'मुबारकपुर', // Mubarakpur
	347: 'आजमगढ़', // Azamgarh
	348: 'निजामाबाद', // Nizamabad
	349: 'फूलपुर-पवई', // Phoolpur-Pawai
	350: 'दीदारगंज', // Didarganj
	351: 'लालगंज', // Lalganj
	352: 'मेहनगर', // Mehnagar
	353: 'मधुबन', // Madhuban
	354: 'घोसी', // Ghosi
	355: 'मुहम्मदाबाद-गोहना', // Muhammadabad-Gohna
	356: 'मऊ', // Mau
	357: 'बेल्थरा रोड', // Belthara Road
	358: 'रसड़ा', // Rasara
	359: 'सिकंदरपुर', // Sikanderpur
	360: 'फेफना', // Phephana
	361: 'बलिया नगर', // Ballia Nagar
	362: 'बांसडीह', // Bansdih
	363: 'बैरिया', // Bairia
	364: 'बदलापुर', // Badlapur
	365: 'शाहगंज', // Shahganj
	366: 'जौनपुर', // Jaunpur
	367: 'मल्हनी', // Malhani
	368: 'मुंगरा बादशाहपुर', // Mungra Badshahpur
	369: 'मछलीशहर', // Machhlishahr
	370: 'मड़ियाहूं', // Mariyahu
	371: 'जफराबाद', // Zafrabad
	372: 'केराकत', // Kerakat
	373: 'जखनियां', // Jakhanian
	374: 'सैदपुर', // Saidpur
	375: 'गाजीपुर', // Ghazipur
	376: 'जंगीपुर', // Jangipur
	377: 'जहूराबाद', // Zahoorabad
	378: 'मोहम्मदाबाद', // Mohammadabad
	379: 'जमानिया', // Zamania
	380: 'मुगलसराय', // Mughalsarai
	381: 'सकलडीहा', // Sakaldiha
	382: 'सैयदराजा', // Saiyadraja
	383: 'चकिया', // Chakia
	384: 'पिंडरा', // Pindra
	385: 'अजगरा', // Ajagara
	386: 'शिवपुर', // Shivpur
	387: 'रोहनिया', // Rohaniya
	388: 'वाराणसी उत्तर', // Varanasi North
	389: 'वाराणसी दक्षिण', // Varanasi South
	390: 'वाराणसी कैंट', // Varanasi Cantt.
	391: 'सेवापुरी', // Sevapuri
	392: 'भदोही', // Bhadohi
	393: 'ज्ञानपुर', // Gyanpur
	394: 'औराई', // Aurai
	395: 'छानबे', // Chhanbey
	396: 'मिर्जापुर', // Mirzapur
	397: 'मझवां', // Majhawan
	398: 'चुनार', // Chunar
	399: 'मड़िहान', // Marihan
	400: 'घोरावल', // Ghorawal
	401: 'रॉबर्ट्सगंज', // Robertsganj
	402: 'ओबरा', // Obra
	403: 'दुद्धी' // Duddhi
};

/**
 * Countries of origin with typical names, languages (ISO 639-1), and the rough shape of their asylum
 * outcomes. Protection rates are plausible orders of magnitude for the demo, not official statistics.
 */
export type CountryCode = 'SY' | 'AF' | 'IQ' | 'UA' | 'TR' | 'IR' | 'ER' | 'SO' | 'GN' | 'GE';

export interface OriginData {
  code: CountryCode;
  maleNames: readonly string[];
  femaleNames: readonly string[];
  familyNames: readonly string[];
  /** Mother tongues with weights; the first entry is the most common. */
  languages: readonly (readonly [string, number])[];
  /** Second languages often spoken (without weights). */
  secondLanguages: readonly string[];
  /** Share of asylum applications that end with protection (Ukraine: § 24 instead of asylum). */
  protectionRate: number;
  /** Share of protected people who get refugee status rather than subsidiary or national protection. */
  refugeeStatusShare: number;
  religions: readonly string[];
  ethnicities: readonly string[];
  asylumReasons: readonly string[];
}

export const ORIGINS: Readonly<Record<CountryCode, OriginData>> = {
  SY: {
    code: 'SY',
    maleNames: ['Mohammad', 'Ahmad', 'Khaled', 'Omar', 'Ali', 'Mahmoud', 'Hassan', 'Yousef', 'Ibrahim', 'Abdullah', 'Bilal', 'Samer', 'Rami', 'Fadi', 'Tarek'],
    femaleNames: ['Fatima', 'Aisha', 'Rania', 'Lina', 'Hiba', 'Nour', 'Rasha', 'Amal', 'Reem', 'Yasmin', 'Dima', 'Sara', 'Maryam', 'Huda'],
    familyNames: ['Al-Ahmad', 'Haddad', 'Khalil', 'Hamdan', 'Al-Hassan', 'Mansour', 'Darwish', 'Aziz', 'Sabbagh', 'Al-Khatib', 'Qassem', 'Othman', 'Shami', 'Jaber'],
    languages: [['ar', 85], ['ku', 15]],
    secondLanguages: ['en', 'tr'],
    protectionRate: 0.9,
    refugeeStatusShare: 0.45,
    religions: ['Islam (sunnitisch)', 'Islam (alawitisch)', 'Christentum (syrisch-orthodox)', 'Drusisch', 'keine'],
    ethnicities: ['arabisch', 'kurdisch', 'assyrisch', 'turkmenisch'],
    asylumReasons: ['Flucht vor dem Bürgerkrieg', 'drohende Einberufung zum Militärdienst', 'politische Verfolgung wegen Teilnahme an Demonstrationen'],
  },
  AF: {
    code: 'AF',
    maleNames: ['Ahmad', 'Mohammad', 'Abdul', 'Ali', 'Hamid', 'Farid', 'Jawad', 'Mustafa', 'Rahim', 'Sayed', 'Zabihullah', 'Naweed'],
    femaleNames: ['Fatima', 'Zahra', 'Maryam', 'Shabnam', 'Farzana', 'Nargis', 'Parwana', 'Soraya', 'Mahbooba', 'Laila'],
    familyNames: ['Ahmadi', 'Rahimi', 'Hakimi', 'Karimi', 'Noori', 'Sultani', 'Haidari', 'Amiri', 'Popal', 'Mohammadi', 'Hussaini'],
    languages: [['fa', 60], ['ps', 40]],
    secondLanguages: ['en', 'ur'],
    protectionRate: 0.7,
    refugeeStatusShare: 0.35,
    religions: ['Islam (sunnitisch)', 'Islam (schiitisch)', 'keine'],
    ethnicities: ['paschtunisch', 'tadschikisch', 'hazara', 'usbekisch'],
    asylumReasons: ['Verfolgung durch die Taliban', 'frühere Tätigkeit für internationale Organisationen', 'geschlechtsspezifische Verfolgung', 'Verfolgung als Hazara'],
  },
  IQ: {
    code: 'IQ',
    maleNames: ['Ali', 'Hussein', 'Ahmed', 'Mustafa', 'Haidar', 'Ammar', 'Karwan', 'Dilshad', 'Khalil', 'Saman'],
    femaleNames: ['Zainab', 'Noor', 'Shirin', 'Rozh', 'Layla', 'Hana', 'Dilan', 'Sana'],
    familyNames: ['Al-Jabouri', 'Hassan', 'Abdullah', 'Mahmood', 'Salih', 'Kareem', 'Rashid', 'Jasim', 'Murad', 'Khudida', 'Silo'],
    languages: [['ar', 55], ['ku', 45]],
    secondLanguages: ['en'],
    protectionRate: 0.45,
    refugeeStatusShare: 0.5,
    religions: ['Islam (schiitisch)', 'Islam (sunnitisch)', 'Jesidentum', 'Christentum (chaldäisch)'],
    ethnicities: ['arabisch', 'kurdisch', 'jesidisch', 'turkmenisch'],
    asylumReasons: ['Verfolgung als Jeside durch den IS', 'Bedrohung durch Milizen', 'Blutrache-Konflikt'],
  },
  UA: {
    code: 'UA',
    maleNames: ['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola', 'Ivan', 'Maksym', 'Artem', 'Bohdan', 'Yurii'],
    femaleNames: ['Olena', 'Iryna', 'Nataliia', 'Tetiana', 'Oksana', 'Yuliia', 'Kateryna', 'Anastasiia', 'Sofiia', 'Viktoriia', 'Svitlana', 'Halyna', 'Mariia'],
    familyNames: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Moroz', 'Lysenko', 'Rudenko', 'Savchenko', 'Marchenko', 'Polishchuk'],
    languages: [['uk', 75], ['ru', 25]],
    secondLanguages: ['ru', 'en', 'pl'],
    protectionRate: 1,
    refugeeStatusShare: 0,
    religions: ['Christentum (orthodox)', 'Christentum (griechisch-katholisch)', 'Judentum', 'keine'],
    ethnicities: ['ukrainisch', 'russisch', 'krimtatarisch', 'Rom'],
    asylumReasons: [],
  },
  TR: {
    code: 'TR',
    maleNames: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Serkan'],
    femaleNames: ['Ayşe', 'Fatma', 'Emine', 'Zeynep', 'Elif', 'Hatice', 'Gülşen', 'Derya'],
    familyNames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Özdemir', 'Arslan', 'Doğan'],
    languages: [['tr', 60], ['ku', 40]],
    secondLanguages: ['en'],
    protectionRate: 0.2,
    refugeeStatusShare: 0.8,
    religions: ['Islam (sunnitisch)', 'Alevitentum', 'keine'],
    ethnicities: ['kurdisch', 'türkisch'],
    asylumReasons: ['Strafverfolgung wegen angeblicher Gülen-Nähe', 'Verfolgung wegen kurdischer politischer Aktivität', 'Verfolgung als Journalist'],
  },
  IR: {
    code: 'IR',
    maleNames: ['Reza', 'Mohammad', 'Ali', 'Hossein', 'Mehdi', 'Amir', 'Saeed', 'Behnam'],
    femaleNames: ['Maryam', 'Zahra', 'Fatemeh', 'Narges', 'Shirin', 'Mahsa', 'Leila', 'Parisa'],
    familyNames: ['Hosseini', 'Rezaei', 'Mohammadi', 'Karimi', 'Ahmadi', 'Jafari', 'Moradi', 'Sadeghi', 'Ghasemi'],
    languages: [['fa', 80], ['ku', 20]],
    secondLanguages: ['en', 'tr'],
    protectionRate: 0.5,
    refugeeStatusShare: 0.8,
    religions: ['Islam (schiitisch)', 'Christentum (konvertiert)', "Bahá'í", 'keine'],
    ethnicities: ['persisch', 'kurdisch', 'aserbaidschanisch'],
    asylumReasons: ['Konversion zum Christentum', 'Teilnahme an den Protesten 2022', 'Verfolgung wegen Homosexualität'],
  },
  ER: {
    code: 'ER',
    maleNames: ['Yonas', 'Tesfay', 'Dawit', 'Samuel', 'Bereket', 'Kidane', 'Filmon', 'Habtom'],
    femaleNames: ['Helen', 'Selam', 'Saba', 'Mebrat', 'Luwam', 'Senait', 'Ruth', 'Yordanos'],
    familyNames: ['Tesfamariam', 'Gebremedhin', 'Haile', 'Tekle', 'Berhane', 'Asmerom', 'Ghebreyesus', 'Weldu'],
    languages: [['ti', 90], ['ar', 10]],
    secondLanguages: ['en', 'am'],
    protectionRate: 0.85,
    refugeeStatusShare: 0.5,
    religions: ['Christentum (eritreisch-orthodox)', 'Islam (sunnitisch)', 'Christentum (evangelisch)'],
    ethnicities: ['tigrinya', 'tigre', 'saho'],
    asylumReasons: ['Flucht vor dem unbefristeten Nationaldienst', 'Verfolgung als Angehöriger einer Pfingstgemeinde'],
  },
  SO: {
    code: 'SO',
    maleNames: ['Abdi', 'Mohamed', 'Abdirahman', 'Hassan', 'Ahmed', 'Yusuf', 'Abdullahi', 'Omar'],
    femaleNames: ['Amina', 'Hodan', 'Sahra', 'Fadumo', 'Hawa', 'Asha', 'Ifrah', 'Nasra'],
    familyNames: ['Ali', 'Mohamed', 'Hassan', 'Warsame', 'Abdullahi', 'Farah', 'Jama', 'Osman'],
    languages: [['so', 95], ['ar', 5]],
    secondLanguages: ['en', 'ar'],
    protectionRate: 0.6,
    refugeeStatusShare: 0.4,
    religions: ['Islam (sunnitisch)'],
    ethnicities: ['somalisch', 'bantu'],
    asylumReasons: ['Zwangsrekrutierung durch al-Shabaab', 'drohende Genitalverstümmelung der Tochter', 'Clan-Konflikt'],
  },
  GN: {
    code: 'GN',
    maleNames: ['Mamadou', 'Alpha', 'Ibrahima', 'Ousmane', 'Abdoulaye', 'Sekou'],
    femaleNames: ['Fatoumata', 'Mariama', 'Aissatou', 'Kadiatou', 'Hawa'],
    familyNames: ['Diallo', 'Barry', 'Bah', 'Sow', 'Camara', 'Condé', 'Touré'],
    languages: [['ff', 60], ['fr', 40]],
    secondLanguages: ['fr', 'en'],
    protectionRate: 0.2,
    refugeeStatusShare: 0.5,
    religions: ['Islam (sunnitisch)', 'Christentum (katholisch)'],
    ethnicities: ['fulbe', 'malinke', 'susu'],
    asylumReasons: ['Verfolgung als Oppositionsanhänger', 'drohende Zwangsheirat'],
  },
  GE: {
    code: 'GE',
    maleNames: ['Giorgi', 'Davit', 'Levan', 'Irakli', 'Nikoloz'],
    femaleNames: ['Nino', 'Tamar', 'Mariam', 'Ana', 'Ketevan'],
    familyNames: ['Beridze', 'Kapanadze', 'Gelashvili', 'Maisuradze', 'Lomidze'],
    languages: [['ka', 100]],
    secondLanguages: ['ru', 'en'],
    protectionRate: 0.02,
    refugeeStatusShare: 0.5,
    religions: ['Christentum (georgisch-orthodox)'],
    ethnicities: ['georgisch'],
    asylumReasons: ['medizinische Gründe'],
  },
};

/** Mix of countries of origin by arrival period (weights). Ukraine appears only from 2022-02-24. */
export const ORIGIN_MIX: readonly { until: string; weights: readonly (readonly [CountryCode, number])[] }[] = [
  { until: '2016-12-31', weights: [['SY', 50], ['AF', 15], ['IQ', 15], ['ER', 7], ['IR', 5], ['SO', 3], ['TR', 1], ['GN', 2], ['GE', 2]] },
  { until: '2022-02-23', weights: [['SY', 30], ['AF', 22], ['IQ', 13], ['TR', 10], ['IR', 8], ['ER', 5], ['SO', 4], ['GN', 5], ['GE', 3]] },
  { until: '2022-12-31', weights: [['UA', 75], ['SY', 9], ['AF', 7], ['TR', 5], ['IQ', 2], ['IR', 2]] },
  { until: '2023-12-31', weights: [['UA', 45], ['SY', 15], ['AF', 15], ['TR', 12], ['IQ', 4], ['IR', 4], ['SO', 2], ['ER', 2], ['GE', 1]] },
  { until: '9999-12-31', weights: [['UA', 35], ['SY', 12], ['AF', 20], ['TR', 14], ['IQ', 6], ['IR', 5], ['SO', 3], ['ER', 3], ['GN', 1], ['GE', 1]] },
];

/** Arrival years with weights: the 2015/16 wave, the quieter years, the 2022 wave from Ukraine. */
export const ARRIVAL_YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2015, 17], [2016, 13], [2017, 6], [2018, 5], [2019, 4], [2020, 3], [2021, 4],
  [2022, 16], [2023, 12], [2024, 9], [2025, 7], [2026, 5],
];

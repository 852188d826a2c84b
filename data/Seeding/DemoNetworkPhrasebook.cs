using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

/// <summary>
/// Translations of the demo's template sentences into the locales partners read (ru, uk, ka, hy, sr in
/// Cyrillic, sq, tr, fr, de, nl). A sentence without a translation in a locale is simply not localized there.
/// </summary>
internal static class DemoNetworkPhrasebook
{
    public static string KindSentence(OrganisationKind kind) => kind switch
    {
        OrganisationKind.LegalAid => "Provides free legal aid and represents victims of human-rights violations in court.",
        OrganisationKind.Network => "Brings together civil society organisations to advocate for shared goals.",
        OrganisationKind.Grassroots => "A volunteer-led initiative that mobilises local communities to defend their rights.",
        OrganisationKind.Media => "Publishes independent reporting on human rights and the rule of law.",
        OrganisationKind.Funder => "Supports civil society with grants and emergency assistance.",
        OrganisationKind.Academic or OrganisationKind.ThinkTank => "Conducts research and publishes policy analysis on human rights.",
        OrganisationKind.TradeUnion => "Defends workers' rights and the freedom to organise.",
        OrganisationKind.NationalHumanRightsInstitution => "Monitors human-rights protection and handles complaints from the public.",
        _ => "A human-rights organisation that documents violations and supports people whose rights have been violated.",
    };

    public static string? Translate(string english, string locale) =>
        Phrases.TryGetValue(english, out var translations) && translations.TryGetValue(locale, out var text) ? text : null;

    private static string? CountryName(string code, string locale) =>
        CountryNames.TryGetValue(locale, out var names) && names.TryGetValue(code, out var name) ? name : null;

    /// <summary>"Country: action" with the locale's typography.</summary>
    public static string? Title(string countryCode, string action, string locale) =>
        CountryName(countryCode, locale) is { } country && Translate(action, locale) is { } text
            ? country + (locale == "fr" ? " : " : ": ") + text
            : null;

    private static readonly Dictionary<string, Dictionary<string, string>> CountryNames = new()
    {
        ["fr"] = new()
        {
            ["AM"] = "Arménie", ["AZ"] = "Azerbaïdjan", ["BY"] = "Bélarus", ["GE"] = "Géorgie", ["MD"] = "Moldavie", ["UA"] = "Ukraine",
            ["AL"] = "Albanie", ["BA"] = "Bosnie-Herzégovine", ["XK"] = "Kosovo", ["ME"] = "Monténégro", ["MK"] = "Macédoine du Nord",
            ["RS"] = "Serbie", ["TR"] = "Turquie", ["KZ"] = "Kazakhstan", ["KG"] = "Kirghizistan", ["TJ"] = "Tadjikistan",
            ["UZ"] = "Ouzbékistan", ["TM"] = "Turkménistan", ["RU"] = "Russie", ["BG"] = "Bulgarie", ["CZ"] = "Tchéquie",
            ["GR"] = "Grèce", ["HR"] = "Croatie", ["HU"] = "Hongrie", ["LT"] = "Lituanie", ["LV"] = "Lettonie", ["PL"] = "Pologne",
            ["RO"] = "Roumanie", ["SK"] = "Slovaquie", ["FR"] = "France", ["BE"] = "Belgique", ["CH"] = "Suisse",
        },
        ["ru"] = new()
        {
            ["AM"] = "Армения", ["AZ"] = "Азербайджан", ["BY"] = "Беларусь", ["GE"] = "Грузия", ["MD"] = "Молдова", ["UA"] = "Украина",
            ["RU"] = "Россия", ["KZ"] = "Казахстан", ["KG"] = "Кыргызстан", ["TJ"] = "Таджикистан", ["UZ"] = "Узбекистан",
            ["TM"] = "Туркменистан", ["RS"] = "Сербия", ["TR"] = "Турция", ["LT"] = "Литва", ["LV"] = "Латвия", ["PL"] = "Польша",
        },
        ["uk"] = new() { ["UA"] = "Україна", ["MD"] = "Молдова", ["GE"] = "Грузія", ["BY"] = "Білорусь", ["PL"] = "Польща" },
        ["ka"] = new() { ["GE"] = "საქართველო" },
        ["hy"] = new() { ["AM"] = "Հայաստան" },
        ["sr"] = new() { ["RS"] = "Србија", ["BA"] = "Босна и Херцеговина", ["ME"] = "Црна Гора" },
        ["sq"] = new() { ["AL"] = "Shqipëria", ["XK"] = "Kosova", ["MK"] = "Maqedonia e Veriut" },
        ["tr"] = new() { ["TR"] = "Türkiye" },
        ["de"] = new() { ["DE"] = "Deutschland", ["AT"] = "Österreich", ["CH"] = "Schweiz", ["HU"] = "Ungarn", ["PL"] = "Polen" },
        ["nl"] = new() { ["NL"] = "Nederland", ["BE"] = "België" },
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Phrases = new()
    {
        // Organisation kinds (descriptions).
        ["A human-rights organisation that documents violations and supports people whose rights have been violated."] = new()
        {
            ["ru"] = "Правозащитная организация, которая документирует нарушения и поддерживает людей, чьи права были нарушены.",
            ["uk"] = "Правозахисна організація, яка документує порушення та підтримує людей, чиї права було порушено.",
            ["ka"] = "უფლებადამცველი ორგანიზაცია, რომელიც დარღვევებს აფიქსირებს და მხარს უჭერს ადამიანებს, რომელთა უფლებებიც დაირღვა.",
            ["hy"] = "Իրավապաշտպան կազմակերպություն, որը փաստագրում է խախտումները և աջակցում է մարդկանց, որոնց իրավունքները խախտվել են։",
            ["sr"] = "Организација за људска права која документује кршења и пружа подршку људима чија су права повређена.",
            ["sq"] = "Organizatë për të drejtat e njeriut që dokumenton shkeljet dhe mbështet njerëzit të cilëve u janë shkelur të drejtat.",
            ["tr"] = "İhlalleri belgeleyen ve hakları ihlal edilen kişilere destek olan bir insan hakları örgütü.",
            ["fr"] = "Organisation de défense des droits humains qui documente les violations et soutient les personnes dont les droits ont été bafoués.",
            ["de"] = "Menschenrechtsorganisation, die Verletzungen dokumentiert und Menschen unterstützt, deren Rechte verletzt wurden.",
            ["nl"] = "Mensenrechtenorganisatie die schendingen documenteert en mensen steunt van wie de rechten zijn geschonden.",
        },
        ["Provides free legal aid and represents victims of human-rights violations in court."] = new()
        {
            ["ru"] = "Оказывает бесплатную юридическую помощь и представляет интересы пострадавших от нарушений прав человека в суде.",
            ["uk"] = "Надає безоплатну правову допомогу та представляє інтереси постраждалих від порушень прав людини в суді.",
            ["ka"] = "უზრუნველყოფს უფასო იურიდიულ დახმარებას და სასამართლოში წარმოადგენს ადამიანის უფლებების დარღვევის მსხვერპლებს.",
            ["hy"] = "Տրամադրում է անվճար իրավաբանական օգնություն և դատարանում ներկայացնում է մարդու իրավունքների խախտումների զոհերին։",
            ["sr"] = "Пружа бесплатну правну помоћ и заступа жртве кршења људских права пред судом.",
            ["sq"] = "Ofron ndihmë juridike falas dhe përfaqëson viktimat e shkeljeve të të drejtave të njeriut në gjykatë.",
            ["tr"] = "Ücretsiz hukuki yardım sağlar ve insan hakları ihlallerinin mağdurlarını mahkemede temsil eder.",
            ["fr"] = "Fournit une aide juridique gratuite et représente en justice les victimes de violations des droits humains.",
            ["de"] = "Bietet kostenlose Rechtshilfe und vertritt Opfer von Menschenrechtsverletzungen vor Gericht.",
            ["nl"] = "Biedt gratis rechtsbijstand en vertegenwoordigt slachtoffers van mensenrechtenschendingen in de rechtszaal.",
        },
        ["Brings together civil society organisations to advocate for shared goals."] = new()
        {
            ["ru"] = "Объединяет организации гражданского общества для продвижения общих целей.",
            ["uk"] = "Об’єднує організації громадянського суспільства для просування спільних цілей.",
            ["ka"] = "აერთიანებს სამოქალაქო საზოგადოების ორგანიზაციებს საერთო მიზნების ადვოკატირებისთვის.",
            ["hy"] = "Միավորում է քաղաքացիական հասարակության կազմակերպությունները՝ ընդհանուր նպատակներին հասնելու համար։",
            ["sr"] = "Окупља организације цивилног друштва ради заједничког заговарања.",
            ["sq"] = "Bashkon organizatat e shoqërisë civile për të avokuar për qëllime të përbashkëta.",
            ["tr"] = "Ortak hedefler için savunuculuk yapmak üzere sivil toplum kuruluşlarını bir araya getirir.",
            ["fr"] = "Rassemble des organisations de la société civile pour défendre des objectifs communs.",
            ["de"] = "Bringt zivilgesellschaftliche Organisationen zusammen, um sich für gemeinsame Ziele einzusetzen.",
            ["nl"] = "Brengt maatschappelijke organisaties samen om op te komen voor gedeelde doelen.",
        },
        ["A volunteer-led initiative that mobilises local communities to defend their rights."] = new()
        {
            ["ru"] = "Волонтёрская инициатива, которая объединяет местные сообщества для защиты их прав.",
            ["uk"] = "Волонтерська ініціатива, яка об’єднує місцеві громади для захисту їхніх прав.",
            ["ka"] = "მოხალისეთა ინიციატივა, რომელიც ადგილობრივ თემებს საკუთარი უფლებების დასაცავად აერთიანებს.",
            ["hy"] = "Կամավորական նախաձեռնություն, որը համախմբում է տեղական համայնքները՝ իրենց իրավունքները պաշտպանելու համար։",
            ["sr"] = "Волонтерска иницијатива која окупља локалне заједнице ради заштите њихових права.",
            ["sq"] = "Nismë vullnetare që mobilizon komunitetet lokale për të mbrojtur të drejtat e tyre.",
            ["tr"] = "Yerel toplulukları haklarını savunmak için harekete geçiren gönüllü bir girişim.",
            ["fr"] = "Initiative bénévole qui mobilise les communautés locales pour défendre leurs droits.",
            ["de"] = "Ehrenamtliche Initiative, die lokale Gemeinschaften mobilisiert, um ihre Rechte zu verteidigen.",
            ["nl"] = "Vrijwilligersinitiatief dat lokale gemeenschappen mobiliseert om voor hun rechten op te komen.",
        },
        ["Publishes independent reporting on human rights and the rule of law."] = new()
        {
            ["ru"] = "Публикует независимые материалы о правах человека и верховенстве права.",
            ["uk"] = "Публікує незалежні матеріали про права людини та верховенство права.",
            ["ka"] = "აქვეყნებს დამოუკიდებელ მასალებს ადამიანის უფლებებისა და კანონის უზენაესობის შესახებ.",
            ["hy"] = "Հրապարակում է անկախ նյութեր մարդու իրավունքների և օրենքի գերակայության մասին։",
            ["sr"] = "Објављује независне извештаје о људским правима и владавини права.",
            ["sq"] = "Publikon raportime të pavarura për të drejtat e njeriut dhe shtetin e së drejtës.",
            ["tr"] = "İnsan hakları ve hukukun üstünlüğü üzerine bağımsız haberler yayımlar.",
            ["fr"] = "Publie des reportages indépendants sur les droits humains et l’État de droit.",
            ["de"] = "Veröffentlicht unabhängige Berichterstattung über Menschenrechte und Rechtsstaatlichkeit.",
            ["nl"] = "Publiceert onafhankelijke berichtgeving over mensenrechten en de rechtsstaat.",
        },
        ["Supports civil society with grants and emergency assistance."] = new()
        {
            ["ru"] = "Поддерживает гражданское общество грантами и экстренной помощью.",
            ["uk"] = "Підтримує громадянське суспільство грантами та екстреною допомогою.",
            ["ka"] = "მხარს უჭერს სამოქალაქო საზოგადოებას გრანტებითა და გადაუდებელი დახმარებით.",
            ["hy"] = "Աջակցում է քաղաքացիական հասարակությանը դրամաշնորհներով և շտապ օգնությամբ։",
            ["sr"] = "Подржава цивилно друштво грантовима и хитном помоћи.",
            ["sq"] = "Mbështet shoqërinë civile me grante dhe ndihmë emergjente.",
            ["tr"] = "Sivil topluma hibeler ve acil yardımla destek olur.",
            ["fr"] = "Soutient la société civile par des subventions et une aide d’urgence.",
            ["de"] = "Unterstützt die Zivilgesellschaft mit Zuschüssen und Nothilfe.",
            ["nl"] = "Steunt het maatschappelijk middenveld met subsidies en noodhulp.",
        },
        ["Conducts research and publishes policy analysis on human rights."] = new()
        {
            ["ru"] = "Проводит исследования и публикует аналитические материалы по правам человека.",
            ["uk"] = "Проводить дослідження та публікує аналітичні матеріали з прав людини.",
            ["ka"] = "ატარებს კვლევებს და აქვეყნებს ანალიტიკურ დოკუმენტებს ადამიანის უფლებების შესახებ.",
            ["hy"] = "Իրականացնում է հետազոտություններ և հրապարակում վերլուծություններ մարդու իրավունքների վերաբերյալ։",
            ["sr"] = "Спроводи истраживања и објављује анализе јавних политика о људским правима.",
            ["sq"] = "Kryen kërkime dhe publikon analiza politikash për të drejtat e njeriut.",
            ["tr"] = "İnsan hakları alanında araştırma yapar ve politika analizleri yayımlar.",
            ["fr"] = "Mène des recherches et publie des analyses politiques sur les droits humains.",
            ["de"] = "Forscht und veröffentlicht Politikanalysen zu Menschenrechten.",
            ["nl"] = "Doet onderzoek en publiceert beleidsanalyses over mensenrechten.",
        },
        ["Defends workers' rights and the freedom to organise."] = new()
        {
            ["ru"] = "Защищает права работников и свободу объединения в профсоюзы.",
            ["uk"] = "Захищає права працівників і свободу об’єднання у профспілки.",
            ["ka"] = "იცავს დასაქმებულთა უფლებებს და პროფკავშირებში გაერთიანების თავისუფლებას.",
            ["hy"] = "Պաշտպանում է աշխատողների իրավունքները և արհմիություններում միավորվելու ազատությունը։",
            ["sr"] = "Брани права радника и слободу синдикалног организовања.",
            ["sq"] = "Mbron të drejtat e punëtorëve dhe lirinë e organizimit sindikal.",
            ["tr"] = "İşçi haklarını ve sendikal örgütlenme özgürlüğünü savunur.",
            ["fr"] = "Défend les droits des travailleurs et la liberté syndicale.",
            ["de"] = "Verteidigt Arbeitnehmerrechte und die Koalitionsfreiheit.",
            ["nl"] = "Komt op voor de rechten van werknemers en de vrijheid van vakvereniging.",
        },
        ["Monitors human-rights protection and handles complaints from the public."] = new()
        {
            ["ru"] = "Следит за соблюдением прав человека и рассматривает жалобы граждан.",
            ["uk"] = "Здійснює моніторинг дотримання прав людини та розглядає скарги громадян.",
            ["ka"] = "აკვირდება ადამიანის უფლებების დაცვას და განიხილავს მოქალაქეების საჩივრებს.",
            ["hy"] = "Վերահսկում է մարդու իրավունքների պաշտպանությունը և քննում քաղաքացիների բողոքները։",
            ["sr"] = "Прати заштиту људских права и поступа по притужбама грађана.",
            ["sq"] = "Monitoron mbrojtjen e të drejtave të njeriut dhe shqyrton ankesat e qytetarëve.",
            ["tr"] = "İnsan haklarının korunmasını izler ve vatandaşların şikâyetlerini inceler.",
            ["fr"] = "Veille à la protection des droits humains et traite les plaintes du public.",
            ["de"] = "Überwacht den Schutz der Menschenrechte und bearbeitet Beschwerden aus der Bevölkerung.",
            ["nl"] = "Ziet toe op de bescherming van mensenrechten en behandelt klachten van burgers.",
        },

        // Coalition purposes.
        ["Promotes independent courts and a fair, transparent appointment of judges."] = new()
        {
            ["ru"] = "Выступает за независимые суды и справедливое, прозрачное назначение судей.",
            ["fr"] = "Œuvre pour des tribunaux indépendants et une nomination juste et transparente des juges.",
            ["de"] = "Setzt sich für unabhängige Gerichte und eine faire, transparente Ernennung von Richterinnen und Richtern ein.",
        },
        ["Defends journalists and the public's right to independent information."] = new()
        {
            ["ru"] = "Защищает журналистов и право общества на независимую информацию.",
            ["fr"] = "Défend les journalistes et le droit du public à une information indépendante.",
            ["de"] = "Verteidigt Journalistinnen und Journalisten und das Recht der Öffentlichkeit auf unabhängige Information.",
        },
        ["Works for equal rights and safety for LGBTQI+ people."] = new()
        {
            ["ru"] = "Добивается равных прав и безопасности для ЛГБТКИ+ людей.",
            ["fr"] = "Œuvre pour l’égalité des droits et la sécurité des personnes LGBTQI+.",
            ["de"] = "Setzt sich für gleiche Rechte und Sicherheit von LGBTQI+-Personen ein.",
        },
        ["Campaigns for the full implementation of the Istanbul Convention on violence against women."] = new()
        {
            ["ru"] = "Добивается полного выполнения Стамбульской конвенции о насилии в отношении женщин.",
            ["fr"] = "Milite pour la pleine mise en œuvre de la Convention d’Istanbul sur la violence à l’égard des femmes.",
            ["de"] = "Setzt sich für die vollständige Umsetzung der Istanbul-Konvention gegen Gewalt an Frauen ein.",
        },
        ["Fights antigypsyism and advocates for the inclusion of Roma."] = new()
        {
            ["ru"] = "Борется с антицыганизмом и выступает за инклюзию рома.",
            ["fr"] = "Combat l’antitsiganisme et plaide pour l’inclusion des Roms.",
            ["de"] = "Bekämpft Antiziganismus und setzt sich für die Inklusion von Roma ein.",
        },
        ["Monitors restrictions on civil society and responds jointly to new threats."] = new()
        {
            ["ru"] = "Отслеживает ограничения для гражданского общества и совместно реагирует на новые угрозы.",
            ["fr"] = "Suit les restrictions imposées à la société civile et répond collectivement aux nouvelles menaces.",
            ["de"] = "Beobachtet Einschränkungen der Zivilgesellschaft und reagiert gemeinsam auf neue Bedrohungen.",
        },
        ["Works to prevent torture and ill-treatment in places of detention."] = new()
        {
            ["ru"] = "Работает над предотвращением пыток и жестокого обращения в местах лишения свободы.",
            ["fr"] = "Agit pour prévenir la torture et les mauvais traitements dans les lieux de détention.",
            ["de"] = "Arbeitet an der Verhütung von Folter und Misshandlung in Haftanstalten.",
        },
        ["Observes elections and advocates for free and fair electoral processes."] = new()
        {
            ["ru"] = "Наблюдает за выборами и выступает за свободные и честные избирательные процессы.",
            ["fr"] = "Observe les élections et plaide pour des processus électoraux libres et équitables.",
            ["de"] = "Beobachtet Wahlen und setzt sich für freie und faire Wahlverfahren ein.",
        },
        ["Provides solidarity and protection to human-rights defenders at risk."] = new()
        {
            ["ru"] = "Оказывает поддержку и защиту правозащитникам, находящимся в опасности.",
            ["fr"] = "Apporte solidarité et protection aux défenseurs des droits humains en danger.",
            ["de"] = "Bietet gefährdeten Menschenrechtsverteidigerinnen und -verteidigern Solidarität und Schutz.",
        },
        ["Defends the rights of refugees and migrants and access to asylum."] = new()
        {
            ["ru"] = "Защищает права беженцев и мигрантов и доступ к убежищу.",
            ["fr"] = "Défend les droits des réfugiés et des migrants ainsi que l’accès à l’asile.",
            ["de"] = "Verteidigt die Rechte von Geflüchteten und Migrantinnen und Migranten sowie den Zugang zu Asyl.",
        },
        ["Documents serious crimes and seeks justice for victims."] = new()
        {
            ["ru"] = "Документирует тяжкие преступления и добивается справедливости для пострадавших.",
            ["fr"] = "Documente les crimes graves et cherche à obtenir justice pour les victimes.",
            ["de"] = "Dokumentiert schwere Verbrechen und setzt sich für Gerechtigkeit für die Opfer ein.",
        },
        ["Protects privacy and freedom of expression online."] = new()
        {
            ["ru"] = "Защищает неприкосновенность частной жизни и свободу выражения мнений в интернете.",
            ["fr"] = "Protège la vie privée et la liberté d’expression en ligne.",
            ["de"] = "Schützt Privatsphäre und Meinungsfreiheit im Internet.",
        },
        ["Supports communities and activists who defend the environment."] = new()
        {
            ["ru"] = "Поддерживает сообщества и активистов, защищающих окружающую среду.",
            ["fr"] = "Soutient les communautés et les militants qui défendent l’environnement.",
            ["de"] = "Unterstützt Gemeinschaften und Aktive, die die Umwelt verteidigen.",
        },
        ["Exposes corruption and pushes for transparent institutions."] = new()
        {
            ["ru"] = "Разоблачает коррупцию и добивается прозрачности государственных институтов.",
            ["fr"] = "Dénonce la corruption et milite pour des institutions transparentes.",
            ["de"] = "Deckt Korruption auf und drängt auf transparente Institutionen.",
        },

        // Goal actions (titles "Country: action").
        ["repeal the 'foreign agent' law"] = new()
        {
            ["fr"] = "abroger la loi sur les « agents de l’étranger »",
            ["ru"] = "отменить закон об «иностранных агентах»",
            ["ka"] = "„უცხოური აგენტების“ შესახებ კანონის გაუქმება",
            ["de"] = "das Gesetz über „ausländische Agenten“ aufheben",
        },
        ["execute the European Court's judgments on unlawful detention"] = new()
        {
            ["fr"] = "exécuter les arrêts de la Cour européenne sur la détention illégale",
            ["ru"] = "исполнить постановления Европейского суда о незаконном содержании под стражей",
            ["uk"] = "виконати рішення Європейського суду щодо незаконного тримання під вартою",
            ["ka"] = "ევროპული სასამართლოს გადაწყვეტილებების აღსრულება უკანონო დაკავების საქმეებზე",
            ["hy"] = "կատարել Եվրոպական դատարանի վճիռները ապօրինի կալանքի վերաբերյալ",
            ["sr"] = "извршити пресуде Европског суда о незаконитом притвору",
            ["sq"] = "të zbatohen vendimet e Gjykatës Evropiane për paraburgimin e paligjshëm",
            ["tr"] = "Avrupa Mahkemesi’nin hukuka aykırı tutukluluğa ilişkin kararlarını uygulamak",
        },
        ["end impunity for domestic violence"] = new()
        {
            ["fr"] = "mettre fin à l’impunité des violences domestiques",
            ["ru"] = "покончить с безнаказанностью за домашнее насилие",
            ["uk"] = "покласти край безкарності за домашнє насильство",
            ["ka"] = "ოჯახში ძალადობის დაუსჯელობის დასრულება",
            ["hy"] = "վերջ տալ ընտանեկան բռնության անպատժելիությանը",
            ["sr"] = "окончати некажњивост за насиље у породици",
            ["sq"] = "t’i jepet fund mosndëshkimit të dhunës në familje",
            ["tr"] = "aile içi şiddette cezasızlığa son vermek",
            ["de"] = "Straflosigkeit bei häuslicher Gewalt beenden",
            ["nl"] = "een einde maken aan straffeloosheid bij huiselijk geweld",
        },
        ["adopt legal gender recognition based on self-determination"] = new()
        {
            ["fr"] = "adopter une reconnaissance juridique du genre fondée sur l’autodétermination",
            ["ru"] = "ввести юридическое признание гендера на основе самоопределения",
            ["uk"] = "запровадити юридичне визнання гендеру на основі самовизначення",
            ["sr"] = "усвојити правно признавање рода на основу самоопредељења",
            ["sq"] = "të miratohet njohja ligjore e gjinisë bazuar në vetëvendosje",
            ["tr"] = "öz belirlenime dayalı yasal cinsiyet tanınmasını kabul etmek",
            ["de"] = "rechtliche Geschlechtsanerkennung auf Grundlage der Selbstbestimmung einführen",
        },
        ["make judicial appointments transparent and merit-based"] = new()
        {
            ["fr"] = "rendre les nominations judiciaires transparentes et fondées sur le mérite",
            ["ru"] = "сделать назначение судей прозрачным и основанным на заслугах",
            ["uk"] = "зробити добір суддів прозорим і заснованим на заслугах",
            ["ka"] = "მოსამართლეთა დანიშვნის გამჭვირვალე და დამსახურებაზე დაფუძნებული პროცესი",
            ["hy"] = "դատավորների նշանակումը դարձնել թափանցիկ և արժանիքների վրա հիմնված",
            ["sr"] = "учинити именовање судија транспарентним и заснованим на заслугама",
            ["sq"] = "emërimet në gjyqësor të jenë transparente dhe të bazuara në meritë",
            ["de"] = "Richterernennungen transparent und leistungsbasiert gestalten",
        },
        ["investigate torture complaints independently"] = new()
        {
            ["fr"] = "enquêter de manière indépendante sur les plaintes pour torture",
            ["ru"] = "обеспечить независимое расследование жалоб на пытки",
            ["uk"] = "забезпечити незалежне розслідування скарг на катування",
            ["ka"] = "წამების შესახებ საჩივრების დამოუკიდებელი გამოძიება",
            ["hy"] = "ապահովել խոշտանգումների վերաբերյալ բողոքների անկախ քննություն",
            ["sr"] = "обезбедити независну истрагу притужби на мучење",
            ["sq"] = "të sigurohet hetim i pavarur i ankesave për torturë",
            ["tr"] = "işkence şikâyetlerinin bağımsız soruşturulmasını sağlamak",
        },
        ["decriminalise defamation"] = new()
        {
            ["fr"] = "dépénaliser la diffamation",
            ["ru"] = "декриминализировать клевету",
            ["sr"] = "декриминализовати клевету",
            ["sq"] = "të dekriminalizohet shpifja",
            ["tr"] = "hakaret ve iftirayı suç olmaktan çıkarmak",
        },
        ["implement the OSCE/ODIHR election recommendations"] = new()
        {
            ["fr"] = "mettre en œuvre les recommandations électorales de l’OSCE/BIDDH",
            ["ru"] = "выполнить рекомендации ОБСЕ/БДИПЧ по выборам",
            ["uk"] = "виконати виборчі рекомендації ОБСЄ/БДІПЛ",
            ["ka"] = "ეუთოს/ოდირის საარჩევნო რეკომენდაციების შესრულება",
            ["hy"] = "կատարել ԵԱՀԿ/ԺՀՄԻԳ ընտրական առաջարկությունները",
            ["sr"] = "спровести изборне препоруке ОЕБС/ОДИХР",
            ["sq"] = "të zbatohen rekomandimet zgjedhore të OSBE/ODIHR",
            ["tr"] = "AGİT/ODİHR seçim tavsiyelerini uygulamak",
        },
        ["end pushbacks at the border"] = new()
        {
            ["fr"] = "mettre fin aux refoulements à la frontière",
            ["ru"] = "прекратить незаконные выдворения на границе",
            ["sr"] = "окончати незаконита враћања на граници",
            ["tr"] = "sınırda geri itmelere son vermek",
            ["de"] = "Pushbacks an der Grenze beenden",
        },
        ["release all political prisoners"] = new()
        {
            ["fr"] = "libérer tous les prisonniers politiques",
            ["ru"] = "освободить всех политических заключённых",
            ["uk"] = "звільнити всіх політичних в’язнів",
            ["tr"] = "tüm siyasi tutukluları serbest bırakmak",
            ["de"] = "alle politischen Gefangenen freilassen",
        },
        ["end school segregation of Roma children"] = new()
        {
            ["fr"] = "mettre fin à la ségrégation scolaire des enfants roms",
            ["ru"] = "прекратить сегрегацию детей рома в школах",
            ["sr"] = "окончати сегрегацију ромске деце у школама",
            ["sq"] = "t’i jepet fund segregimit të fëmijëve romë në shkolla",
            ["de"] = "die Schulsegregation von Roma-Kindern beenden",
        },
        ["bring perpetrators of war crimes to justice"] = new()
        {
            ["fr"] = "traduire en justice les auteurs de crimes de guerre",
            ["ru"] = "привлечь виновных в военных преступлениях к ответственности",
            ["uk"] = "притягнути винних у воєнних злочинах до відповідальності",
            ["ka"] = "ომის დანაშაულების ჩამდენთა პასუხისგებაში მიცემა",
            ["sr"] = "извести пред лице правде одговорне за ратне злочине",
            ["sq"] = "të sillen para drejtësisë autorët e krimeve të luftës",
        },
        ["adopt a strong access-to-information law"] = new()
        {
            ["fr"] = "adopter une loi ambitieuse sur l’accès à l’information",
            ["ru"] = "принять эффективный закон о доступе к информации",
            ["uk"] = "ухвалити дієвий закон про доступ до інформації",
            ["ka"] = "ინფორმაციის ხელმისაწვდომობის შესახებ ქმედითი კანონის მიღება",
            ["hy"] = "ընդունել տեղեկատվության մատչելիության մասին արդյունավետ օրենք",
            ["sr"] = "усвојити делотворан закон о приступу информацијама",
            ["sq"] = "të miratohet një ligj i fortë për të drejtën e informimit",
            ["tr"] = "güçlü bir bilgi edinme yasası çıkarmak",
        },
        ["ban spyware abuse against journalists and activists"] = new()
        {
            ["fr"] = "interdire l’usage abusif de logiciels espions contre les journalistes et les militants",
            ["ru"] = "запретить применение шпионских программ против журналистов и активистов",
            ["sr"] = "забранити злоупотребу шпијунског софтвера против новинара и активиста",
            ["de"] = "den Missbrauch von Spähsoftware gegen Journalisten und Aktivisten verbieten",
        },
        ["adopt a national protection mechanism for human-rights defenders"] = new()
        {
            ["fr"] = "adopter un mécanisme national de protection des défenseurs des droits humains",
            ["ru"] = "создать национальный механизм защиты правозащитников",
            ["uk"] = "створити національний механізм захисту правозахисників",
            ["ka"] = "უფლებადამცველთა დაცვის ეროვნული მექანიზმის შექმნა",
            ["hy"] = "ստեղծել իրավապաշտպանների պաշտպանության ազգային մեխանիզմ",
            ["sr"] = "успоставити национални механизам заштите бранилаца људских права",
            ["sq"] = "të krijohet një mekanizëm kombëtar për mbrojtjen e mbrojtësve të të drejtave të njeriut",
            ["tr"] = "insan hakları savunucuları için ulusal bir koruma mekanizması kurmak",
        },
        ["guarantee the right to peaceful assembly"] = new()
        {
            ["fr"] = "garantir le droit de réunion pacifique",
            ["ru"] = "гарантировать право на мирные собрания",
            ["uk"] = "гарантувати право на мирні зібрання",
            ["ka"] = "მშვიდობიანი შეკრების უფლების უზრუნველყოფა",
            ["hy"] = "երաշխավորել խաղաղ հավաքների իրավունքը",
            ["sr"] = "гарантовати право на мирно окупљање",
            ["sq"] = "të garantohet e drejta e tubimit paqësor",
            ["tr"] = "barışçıl toplanma hakkını güvence altına almak",
        },
        ["allow independent trade unions to register"] = new()
        {
            ["fr"] = "permettre l’enregistrement de syndicats indépendants",
            ["ru"] = "разрешить регистрацию независимых профсоюзов",
            ["tr"] = "bağımsız sendikaların kaydına izin vermek",
        },
        ["ensure that no child is born stateless"] = new()
        {
            ["fr"] = "garantir qu’aucun enfant ne naisse apatride",
            ["ru"] = "не допустить, чтобы дети рождались без гражданства",
            ["uk"] = "не допустити, щоб діти народжувалися без громадянства",
            ["sr"] = "обезбедити да ниједно дете не буде рођено без држављанства",
            ["sq"] = "të sigurohet që asnjë fëmijë të mos lindë pa shtetësi",
        },
        ["meet the EU rule-of-law benchmarks for accession"] = new()
        {
            ["fr"] = "remplir les critères de l’UE en matière d’État de droit pour l’adhésion",
            ["ru"] = "выполнить критерии ЕС в области верховенства права для вступления",
            ["uk"] = "виконати критерії ЄС щодо верховенства права для вступу",
            ["ka"] = "ევროკავშირის წევრობისთვის კანონის უზენაესობის კრიტერიუმების შესრულება",
            ["sr"] = "испунити мерила ЕУ о владавини права за приступање",
            ["sq"] = "të plotësohen kriteret e BE-së për shtetin e së drejtës për anëtarësim",
            ["tr"] = "AB üyeliği için hukukun üstünlüğü kriterlerini karşılamak",
        },
        ["guarantee public participation in environmental decisions"] = new()
        {
            ["fr"] = "garantir la participation du public aux décisions environnementales",
            ["ru"] = "гарантировать участие общественности в принятии экологических решений",
            ["uk"] = "гарантувати участь громадськості в ухваленні екологічних рішень",
            ["ka"] = "გარემოსდაცვით გადაწყვეტილებებში საზოგადოების მონაწილეობის უზრუნველყოფა",
            ["hy"] = "երաշխավորել հանրության մասնակցությունը բնապահպանական որոշումներին",
            ["sr"] = "гарантовати учешће јавности у одлучивању о животној средини",
            ["sq"] = "të garantohet pjesëmarrja e publikut në vendimet mjedisore",
            ["tr"] = "çevre kararlarına halkın katılımını güvence altına almak",
        },

        // Goal summaries.
        ["The law labels independent organisations and media as agents of foreign influence and threatens them with closure. Supporters ask for its repeal in line with international standards on freedom of association."] = new()
        {
            ["ru"] = "Закон объявляет независимые организации и СМИ агентами иностранного влияния и грозит им закрытием. Сторонники требуют его отмены в соответствии с международными стандартами свободы объединений.",
            ["fr"] = "La loi qualifie les organisations et les médias indépendants d’agents d’influence étrangère et les menace de fermeture. Ses opposants demandent son abrogation conformément aux normes internationales sur la liberté d’association.",
        },
        ["Protection orders are rarely enforced and few cases reach court. Supporters want the Istanbul Convention's standards applied in law and in practice."] = new()
        {
            ["ru"] = "Охранные ордера редко исполняются, и лишь немногие дела доходят до суда. Сторонники добиваются применения стандартов Стамбульской конвенции в законе и на практике.",
            ["fr"] = "Les ordonnances de protection sont rarement appliquées et peu d’affaires arrivent devant les tribunaux. Les soutiens demandent que les normes de la Convention d’Istanbul soient appliquées en droit et en pratique.",
        },
        ["Activists, journalists and lawyers are in prison because of their work. The goal is their release and full rehabilitation."] = new()
        {
            ["ru"] = "Активисты, журналисты и адвокаты находятся в заключении из-за своей работы. Цель — их освобождение и полная реабилитация.",
            ["fr"] = "Des militants, des journalistes et des avocats sont emprisonnés en raison de leur travail. L’objectif est leur libération et leur pleine réhabilitation.",
        },
        ["Defenders face threats, smear campaigns and attacks with little protection. The goal is a protection programme designed together with civil society."] = new()
        {
            ["ru"] = "Правозащитники сталкиваются с угрозами, кампаниями травли и нападениями, почти не имея защиты. Цель — программа защиты, разработанная вместе с гражданским обществом.",
            ["fr"] = "Les défenseurs font face à des menaces, à des campagnes de dénigrement et à des agressions sans véritable protection. L’objectif est un programme de protection conçu avec la société civile.",
        },

        // Defender bios.
        ["Human-rights lawyer who defends journalists and activists in criminal cases."] = new()
        {
            ["ru"] = "Правозащитный адвокат, защищающий журналистов и активистов по уголовным делам.",
            ["uk"] = "Адвокат у правозахисних справах: захищає журналістів і активістів у кримінальних справах.",
            ["ka"] = "უფლებადამცველი ადვოკატი, რომელიც სისხლის სამართლის საქმეებზე იცავს ჟურნალისტებსა და აქტივისტებს.",
            ["hy"] = "Իրավապաշտպան փաստաբան, ով քրեական գործերով պաշտպանում է լրագրողներին և ակտիվիստներին։",
            ["sr"] = "Адвокат за људска права; брани новинаре и активисте у кривичним поступцима.",
            ["sq"] = "Avokat për të drejtat e njeriut, që mbron gazetarë dhe aktivistë në çështje penale.",
            ["tr"] = "Ceza davalarında gazetecileri ve aktivistleri savunan insan hakları avukatı.",
        },
        ["Investigative journalist who reports on corruption and abuse of power."] = new()
        {
            ["ru"] = "Журналист-расследователь, пишет о коррупции и злоупотреблениях властью.",
            ["uk"] = "Журналіст-розслідувач, пише про корупцію та зловживання владою.",
            ["ka"] = "საგამოძიებო ჟურნალისტი, რომელიც წერს კორუფციასა და ძალაუფლების ბოროტად გამოყენებაზე.",
            ["hy"] = "Հետաքննող լրագրող, ով գրում է կոռուպցիայի և իշխանության չարաշահման մասին։",
            ["sr"] = "Истраживачки новинар; пише о корупцији и злоупотреби власти.",
            ["sq"] = "Gazetar investigativ që shkruan për korrupsionin dhe shpërdorimin e pushtetit.",
            ["tr"] = "Yolsuzluk ve yetki istismarı üzerine haber yapan araştırmacı gazeteci.",
        },
        ["Women's rights activist who runs a hotline for survivors of domestic violence."] = new()
        {
            ["ru"] = "Активистка за права женщин, руководит горячей линией для пострадавших от домашнего насилия.",
            ["uk"] = "Активістка за права жінок, керує гарячою лінією для постраждалих від домашнього насильства.",
            ["ka"] = "ქალთა უფლებების აქტივისტი, რომელიც ოჯახში ძალადობის მსხვერპლთა ცხელ ხაზს ხელმძღვანელობს.",
            ["hy"] = "Կանանց իրավունքների ակտիվիստ, ով ղեկավարում է ընտանեկան բռնության ենթարկված անձանց թեժ գիծը։",
            ["sr"] = "Активисткиња за права жена; води СОС телефон за жртве насиља у породици.",
            ["sq"] = "Aktiviste për të drejtat e grave që drejton një linjë ndihme për të mbijetuarat e dhunës në familje.",
            ["tr"] = "Aile içi şiddetten kurtulanlar için bir yardım hattı yürüten kadın hakları aktivisti.",
        },
        ["LGBTQI+ activist who organises community support and documents hate crimes."] = new()
        {
            ["ru"] = "ЛГБТКИ+ активист, организует поддержку сообщества и документирует преступления на почве ненависти.",
            ["uk"] = "ЛГБТКІ+ активіст, організовує підтримку спільноти та документує злочини на ґрунті ненависті.",
            ["ka"] = "ლგბტქი+ აქტივისტი, რომელიც თემის მხარდაჭერას აორგანიზებს და სიძულვილით მოტივირებულ დანაშაულებს აფიქსირებს.",
            ["sr"] = "ЛГБТКИ+ активиста; организује подршку заједници и документује злочине из мржње.",
            ["sq"] = "Aktivist LGBTQI+ që organizon mbështetje për komunitetin dhe dokumenton krimet e urrejtjes.",
            ["tr"] = "Topluluk dayanışmasını örgütleyen ve nefret suçlarını belgeleyen LGBTİ+ aktivisti.",
        },
        ["Environmental defender who campaigns against illegal logging and mining."] = new()
        {
            ["ru"] = "Защитник окружающей среды, выступает против незаконной вырубки лесов и добычи полезных ископаемых.",
        },
        ["Election observer who trains citizen monitors."] = new()
        {
            ["ru"] = "Наблюдатель на выборах, обучает гражданских наблюдателей.",
        },
        ["Researcher who documents war crimes and records survivors' testimonies."] = new()
        {
            ["ru"] = "Исследователь, документирует военные преступления и записывает свидетельства выживших.",
            ["uk"] = "Дослідник, документує воєнні злочини та записує свідчення тих, хто вижив.",
            ["ka"] = "მკვლევარი, რომელიც ომის დანაშაულებს აფიქსირებს და გადარჩენილთა ჩვენებებს იწერს.",
            ["sr"] = "Истраживач; документује ратне злочине и бележи сведочења преживелих.",
            ["sq"] = "Studiues që dokumenton krimet e luftës dhe regjistron dëshmitë e të mbijetuarve.",
        },
        ["Trade unionist who organises workers in the oil and mining industries."] = new()
        {
            ["ru"] = "Профсоюзный активист, организует работников нефтяной и горнодобывающей отраслей.",
            ["tr"] = "Petrol ve maden sektörlerinde işçileri örgütleyen sendikacı.",
        },
        ["Monitors places of detention and supports the families of political prisoners."] = new()
        {
            ["ru"] = "Наблюдает за местами лишения свободы и поддерживает семьи политических заключённых.",
            ["uk"] = "Здійснює моніторинг місць несвободи та підтримує родини політичних в’язнів.",
            ["ka"] = "აკვირდება თავისუფლების აღკვეთის დაწესებულებებს და მხარს უჭერს პოლიტიკური პატიმრების ოჯახებს.",
            ["hy"] = "Դիտարկում է ազատազրկման վայրերը և աջակցում քաղաքական բանտարկյալների ընտանիքներին։",
            ["sr"] = "Прати места лишења слободе и пружа подршку породицама политичких затвореника.",
            ["sq"] = "Monitoron vendet e paraburgimit dhe mbështet familjet e të burgosurve politikë.",
            ["tr"] = "Gözaltı yerlerini izler ve siyasi tutukluların ailelerine destek olur.",
        },
        ["Volunteer who gives legal information to refugees at the border."] = new()
        {
            ["sr"] = "Волонтер који избеглицама на граници пружа правне информације.",
            ["tr"] = "Sınırdaki mültecilere hukuki bilgi veren gönüllü.",
        },
        ["Digital security trainer who helps activists protect their communications."] = new()
        {
            ["ru"] = "Тренер по цифровой безопасности, помогает активистам защищать свои коммуникации.",
            ["uk"] = "Тренер із цифрової безпеки, допомагає активістам захищати свої комунікації.",
        },
        ["Roma rights activist who works with schools and local councils."] = new()
        {
            ["sr"] = "Активиста за права Рома; сарађује са школама и локалним самоуправама.",
            ["sq"] = "Aktivist për të drejtat e romëve që punon me shkollat dhe këshillat vendorë.",
        },

        // Events without place names in the title.
        ["Webinar: Digital Security for Activists"] = new()
        {
            ["ru"] = "Вебинар: цифровая безопасность для активистов",
            ["uk"] = "Вебінар: цифрова безпека для активістів",
            ["tr"] = "Web semineri: Aktivistler için dijital güvenlik",
            ["fr"] = "Webinaire : sécurité numérique pour les militants",
            ["de"] = "Webinar: Digitale Sicherheit für Aktivistinnen und Aktivisten",
        },
        ["An online session on secure messaging, device protection and safe use of social media."] = new()
        {
            ["ru"] = "Онлайн-занятие о защищённых мессенджерах, защите устройств и безопасном использовании социальных сетей.",
            ["uk"] = "Онлайн-заняття про захищені месенджери, захист пристроїв і безпечне користування соцмережами.",
            ["tr"] = "Güvenli mesajlaşma, cihaz koruması ve sosyal medyanın güvenli kullanımı üzerine çevrimiçi bir oturum.",
            ["fr"] = "Une session en ligne sur les messageries sécurisées, la protection des appareils et l’usage sûr des réseaux sociaux.",
            ["de"] = "Eine Online-Sitzung zu sicheren Messengern, Geräteschutz und sicherer Nutzung sozialer Medien.",
        },
        ["Summer School on Strategic Litigation"] = new()
        {
            ["ru"] = "Летняя школа по стратегическим судебным делам",
            ["uk"] = "Літня школа зі стратегічних судових справ",
            ["fr"] = "Université d’été sur le contentieux stratégique",
            ["de"] = "Sommerschule für strategische Prozessführung",
        },
        ["A week of training for young lawyers on bringing cases to the European Court of Human Rights and UN treaty bodies."] = new()
        {
            ["ru"] = "Неделя обучения для молодых юристов: как доводить дела до Европейского суда по правам человека и договорных органов ООН.",
            ["uk"] = "Тиждень навчання для молодих юристів: як доводити справи до Європейського суду з прав людини та договірних органів ООН.",
            ["fr"] = "Une semaine de formation pour jeunes avocats sur la saisine de la Cour européenne des droits de l’homme et des organes conventionnels de l’ONU.",
            ["de"] = "Eine Trainingswoche für junge Juristinnen und Juristen zu Verfahren vor dem Europäischen Gerichtshof für Menschenrechte und den UN-Vertragsorganen.",
        },
        ["Webinar: Working with UN Special Procedures"] = new()
        {
            ["ru"] = "Вебинар: работа со специальными процедурами ООН",
            ["uk"] = "Вебінар: робота зі спеціальними процедурами ООН",
            ["fr"] = "Webinaire : travailler avec les procédures spéciales de l’ONU",
        },
        ["How to send urgent appeals and communications to UN special rapporteurs."] = new()
        {
            ["ru"] = "Как направлять срочные обращения и сообщения специальным докладчикам ООН.",
            ["uk"] = "Як надсилати термінові звернення та повідомлення спеціальним доповідачам ООН.",
            ["fr"] = "Comment adresser des appels urgents et des communications aux rapporteurs spéciaux de l’ONU.",
        },
        ["Pride Safety Planning Workshop"] = new()
        {
            ["sr"] = "Радионица о планирању безбедности Параде поноса",
            ["tr"] = "Onur Yürüyüşü Güvenlik Planlama Atölyesi",
            ["fr"] = "Atelier de planification de la sécurité des marches des fiertés",
        },
        ["Organisers of Pride marches share risk assessments, stewarding plans and contacts with the police."] = new()
        {
            ["sr"] = "Организатори парада поноса размењују процене ризика, планове редарске службе и искуства у комуникацији с полицијом.",
            ["tr"] = "Onur yürüyüşü organizatörleri risk değerlendirmelerini, güvenlik planlarını ve polisle iletişim deneyimlerini paylaşır.",
            ["fr"] = "Les organisateurs des marches des fiertés partagent leurs analyses de risques, leurs plans de service d’ordre et leurs contacts avec la police.",
        },
        ["Documenting War Crimes: Methods and Ethics"] = new()
        {
            ["uk"] = "Документування воєнних злочинів: методи та етика",
            ["ru"] = "Документирование военных преступлений: методы и этика",
            ["fr"] = "Documenter les crimes de guerre : méthodes et éthique",
            ["de"] = "Kriegsverbrechen dokumentieren: Methoden und Ethik",
        },
        ["A training on collecting testimonies, preserving digital evidence and working with survivors without causing harm."] = new()
        {
            ["uk"] = "Тренінг зі збирання свідчень, збереження цифрових доказів і роботи з постраждалими без завдання шкоди.",
            ["ru"] = "Тренинг по сбору свидетельств, сохранению цифровых доказательств и работе с пострадавшими без причинения вреда.",
            ["fr"] = "Une formation sur le recueil de témoignages, la conservation des preuves numériques et le travail avec les survivants sans leur nuire.",
            ["de"] = "Ein Training zum Sammeln von Zeugenaussagen, zur Sicherung digitaler Beweise und zur Arbeit mit Überlebenden, ohne ihnen zu schaden.",
        },

        // Campaigns with fixed text.
        ["Journalism Is Not a Crime"] = new()
        {
            ["ru"] = "Журналистика — не преступление",
            ["uk"] = "Журналістика — не злочин",
            ["fr"] = "Le journalisme n’est pas un crime",
            ["de"] = "Journalismus ist kein Verbrechen",
            ["tr"] = "Gazetecilik suç değildir",
        },
        ["Across the region, journalists are jailed, fined and spied on for their reporting. Stand with them."] = new()
        {
            ["ru"] = "По всему региону журналистов сажают в тюрьму, штрафуют и прослушивают за их работу. Поддержите их.",
            ["uk"] = "По всьому регіону журналістів ув’язнюють, штрафують і стежать за ними через їхню роботу. Підтримайте їх.",
            ["fr"] = "Dans toute la région, des journalistes sont emprisonnés, condamnés à des amendes et espionnés pour leur travail. Soutenez-les.",
            ["de"] = "In der ganzen Region werden Journalistinnen und Journalisten für ihre Arbeit inhaftiert, mit Geldstrafen belegt und ausgespäht. Stehen Sie an ihrer Seite.",
            ["tr"] = "Bölge genelinde gazeteciler haberleri nedeniyle hapsediliyor, para cezasına çarptırılıyor ve izleniyor. Onlarla dayanışma içinde olun.",
        },
        [Campaign("Journalism")] = new()
        {
            ["ru"] = """
                ## Почему это важно

                Независимые журналисты разоблачают коррупцию и злоупотребления. По всему региону им грозят уголовные дела, крупные штрафы и слежка.

                ## Наши требования

                - Освободить всех журналистов, задержанных за их работу.
                - Декриминализировать клевету.
                - Прекратить применение шпионских программ против прессы.

                [Прочитать совместное заявление](https://journalism-is-not-a-crime.example.org)
                """,
            ["uk"] = """
                ## Чому це важливо

                Незалежні журналісти викривають корупцію та зловживання. По всьому регіону їм загрожують кримінальні справи, великі штрафи та стеження.

                ## Наші вимоги

                - Звільнити всіх журналістів, затриманих через їхню роботу.
                - Декриміналізувати наклеп.
                - Припинити використання шпигунських програм проти преси.

                [Прочитати спільну заяву](https://journalism-is-not-a-crime.example.org)
                """,
            ["fr"] = """
                ## Pourquoi c’est important

                Les journalistes indépendants révèlent la corruption et les abus. Dans toute la région, ils font l’objet de poursuites pénales, de lourdes amendes et de surveillance.

                ## Nos demandes

                - Libérer tous les journalistes détenus pour leur travail.
                - Dépénaliser la diffamation.
                - Mettre fin à l’utilisation de logiciels espions contre la presse.

                [Lire la déclaration commune](https://journalism-is-not-a-crime.example.org)
                """,
            ["de"] = """
                ## Warum es wichtig ist

                Unabhängige Journalistinnen und Journalisten decken Korruption und Machtmissbrauch auf. In der ganzen Region drohen ihnen Strafverfahren, hohe Geldstrafen und Überwachung.

                ## Unsere Forderungen

                - Alle wegen ihrer Arbeit inhaftierten Journalistinnen und Journalisten freilassen.
                - Verleumdung entkriminalisieren.
                - Den Einsatz von Spähsoftware gegen die Presse beenden.

                [Die gemeinsame Erklärung lesen](https://journalism-is-not-a-crime.example.org)
                """,
            ["tr"] = """
                ## Neden önemli

                Bağımsız gazeteciler yolsuzluğu ve istismarı ortaya çıkarır. Bölge genelinde ceza davaları, ağır para cezaları ve gözetimle karşı karşıyalar.

                ## Taleplerimiz

                - Mesleki faaliyetleri nedeniyle tutuklanan tüm gazeteciler serbest bırakılsın.
                - Hakaret suç olmaktan çıkarılsın.
                - Basına karşı casus yazılım kullanımına son verilsin.

                [Ortak açıklamayı okuyun](https://journalism-is-not-a-crime.example.org)
                """,
        },
        ["Safe Haven for Defenders at Risk"] = new()
        {
            ["ru"] = "Убежище для правозащитников в опасности",
            ["fr"] = "Un refuge pour les défenseurs en danger",
            ["de"] = "Sicherer Hafen für gefährdete Menschenrechtsverteidiger",
            ["nl"] = "Een veilige haven voor bedreigde mensenrechtenverdedigers",
        },
        ["Emergency visas and relocation grants save lives. Ask your government to fund them and make them simpler."] = new()
        {
            ["ru"] = "Экстренные визы и гранты на релокацию спасают жизни. Попросите своё правительство финансировать их и упростить процедуры.",
            ["fr"] = "Les visas d’urgence et les aides à la relocalisation sauvent des vies. Demandez à votre gouvernement de les financer et de les simplifier.",
            ["de"] = "Notfallvisa und Stipendien für eine vorübergehende Aufnahme retten Leben. Fordern Sie Ihre Regierung auf, sie zu finanzieren und zu vereinfachen.",
            ["nl"] = "Noodvisa en relocatiebeurzen redden levens. Vraag uw regering ze te financieren en te vereenvoudigen.",
        },
        [Campaign("Safe Haven")] = new()
        {
            ["ru"] = """
                ## Почему это важно

                Когда угрозы становятся острыми, правозащитникам нужно уехать быстро и безопасно. Оформление виз часто занимает месяцы.

                ## Наши требования

                - Гуманитарные визы для правозащитников в опасности в течение двух недель.
                - Финансирование программ временной релокации.
                - Поддержка семей, которые уезжают вместе с ними.

                [Подписать обращение](https://safe-haven.example.org)
                """,
            ["fr"] = """
                ## Pourquoi c’est important

                Quand les menaces deviennent graves, les défenseurs doivent partir vite et en sécurité. Les procédures de visa prennent souvent des mois.

                ## Nos demandes

                - Des visas humanitaires pour les défenseurs en danger en moins de deux semaines.
                - Le financement de programmes de relocalisation temporaire.
                - Un soutien aux familles qui partent avec eux.

                [Signer l’appel](https://safe-haven.example.org)
                """,
            ["de"] = """
                ## Warum es wichtig ist

                Wenn Bedrohungen akut werden, müssen Menschenrechtsverteidigerinnen und -verteidiger schnell und sicher ausreisen können. Visaverfahren dauern oft Monate.

                ## Unsere Forderungen

                - Humanitäre Visa für gefährdete Verteidigerinnen und Verteidiger innerhalb von zwei Wochen.
                - Finanzierung von Programmen zur vorübergehenden Aufnahme.
                - Unterstützung für die Familien, die mit ihnen ausreisen.

                [Den Aufruf unterzeichnen](https://safe-haven.example.org)
                """,
            ["nl"] = """
                ## Waarom het ertoe doet

                Als dreigingen acuut worden, moeten verdedigers snel en veilig kunnen vertrekken. Visumprocedures duren vaak maanden.

                ## Wat wij vragen

                - Humanitaire visa voor bedreigde verdedigers binnen twee weken.
                - Financiering van programma’s voor tijdelijke opvang.
                - Steun voor de gezinnen die met hen meeverhuizen.

                [Onderteken de oproep](https://safe-haven.example.org)
                """,
        },
    };

    /// <summary>The English body of a fixed campaign, by the start of its title.</summary>
    private static string Campaign(string titleStart) =>
        DemoNetworkCatalogue.Campaigns.First(c => c.Title.StartsWith(titleStart, StringComparison.Ordinal)).Body;
}

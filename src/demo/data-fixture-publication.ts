import { figureMarkdown } from '../render/markdown/figure-node.js';
import type { CreatePublicationInput } from '../actions/create-publication.js';

/**
 * IP24112, the institute's own page flattened to text in
 * test/fixtures/rsis-ip24112-page.txt: every sentence here is copied from it
 * character for character (curly quotes, dashes), so the demo shows how a
 * real commentary looks on Imprint.
 */

export const IP24112_FIGURE_FILE = 'demo/ip24112-figure.jpg';

const synopsis =
  'What will 2025 portend for Japan on the foreign policy front and how should Japan navigate its external relations in the year ahead? As uncertainties loom large in Japan’s relationships with the United States and countries in Northeast Asia, it will have to leverage its position as a “network power” and maintain its diplomatic leadership.';

const introduction = [
  'Japanese prime minister Shigeru Ishiba has assumed the premiership at a time when Japan has grown in international stature. Under the leadership of former prime ministers Shinzo Abe and Fumio Kishida, Japan had deepened its alliance with the United States and developed extensive links with countries in Europe and the Indo-Pacific through security and economic partnerships, cementing its position as a “network power”.',
  'In the year ahead, uncertainties cloud the horizons of Japan’s relations with its foremost ally, the United States, as well as its immediate Northeast Asian neighbours. As Ishiba charts the direction of his country’s foreign policy approach, he would do well to leverage Japan’s position as a “network power” and ensure that Japan maintains its diplomatic leadership.',
];

const unitedStates = [
  'With the conclusion of elections in Japan and the United States, the batons have passed to Ishiba and US president-elect Donald Trump to direct Japan’s most consequential bilateral relationship. Ishiba’s attempt to connect with Trump did not get off to a good start. Trump’s team declined Ishiba’s request for a meeting, citing legal prohibitions. A month later, the Trumps hosted a private dinner at their Mar-a-Lago resort for Akie Abe, the widow of former prime minister Shinzo Abe — a testament to the strength of the Trump-Abe friendship. There is little optimism in Tokyo that Ishiba will succeed in developing a “political bromance” with Trump as Abe had. In addition, Trump has appointed George Glass, an entrepreneur and major Republican donor, to replace Rahm Emanuel as the US ambassador to Japan. With his political acumen and extensive connections in Washington, Emanuel had been instrumental in the strengthening of the US-Japan alliance. His departure will leave Japan without an influential advocate with the White House. The overall picture that is emerging is that Tokyo will have to work a lot harder to win the attention of the incoming Trump administration.',
  'Trump may well see Japan as the United States’ closest partner, but he is likely to approach the bilateral relationship on a more transactional basis and push for Japan to take on greater burden-sharing, as was the case during his first term as president. Ishiba needs to be cognisant that Trump fundamentally thinks and functions like a businessman. As such, Ishiba will have to articulate a clear vision of how exactly he intends to elevate the US-Japan alliance “to new heights”. Alliance matters, particularly his proposal for the joint use of US military facilities in Japan, will have to be framed in the contexts of mutual interests, win-win scenarios, and cost-benefit analysis. In essence, Ishiba will have to speak the language of business and adopt business logic in his policy discussions with Trump. Japan’s relations with its key ally may appear to be heading towards rocky ground, but Japan has to keep calm and carry on.',
];

const china = [
  'Japan has the opportunity to improve relations with China if it plays its cards right. As China braces itself for the twin challenges of a second Trump presidency and a flagging domestic economy, it has signalled a greater willingness to engage with Japan. In contrast to his failed meeting with Trump, Ishiba held formal talks with Chinese president Xi Jinping on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in November. The two leaders affirmed their commitment to promote a “mutually beneficial relationship based on common strategic interests”, which is shaping up to be in the domain of economics. At the meeting, China confirmed that it would work towards the gradual lifting of import restrictions on Japanese seafood. A week later, both countries announced the easing of travel visa requirements. While the revival of trade and people-to-people exchanges are certainly positive developments, it remains to be seen whether the momentum for economic cooperation can be sustained. Much of it will depend on how deftly Japan manages potential demands from the incoming Trump administration to support the United States’ plans for broader economic decoupling from China.',
  'A key factor that could derail engagement efforts would be China’s increasing displays of military gamesmanship. Chinese incursions into Japan’s airspace and territorial waters have sorely tested Sino-Japan relations. Ishiba will have to tread a fine line between pursuing an economic reset with China and forging a strong deterrence against China’s military provocations. He should maintain open lines of communication and high-level dialogues with China to pave the way for further thaws in the bilateral relationship.',
];

const koreasAndRussia = [
  'Japan’s growing rapprochement with South Korea has stalled in the wake of the domestic political turmoil brought on by President Yoon Suk Yeol’s martial law debacle. The shuttle diplomacy between the two countries which had resumed last year looks set to be put on hold as Defence Minister Gen Nakatani and Ishiba shelved their plans to visit South Korea. The future of bilateral relations hangs in the balance as Japan awaits the outcome of impeachment proceedings in South Korea. If Yoon is removed from office and replaced by a liberal candidate, Japan-South Korea relations may take a nosedive given the liberal camp’s more hawkish stance towards Japan. Even if another conservative candidate were to succeed Yoon, there is no guarantee that South Korea would resume its diplomatic outreach to Japan. Despite the grim outlook, it would be in Japan’s interest to re-engage with South Korea’s government once the leadership maelstrom settles. Japan and South Korea must set aside their differences and work towards stabilising bilateral ties to effectively address the rising North Korean security threat.',
  'Following the conclusion of a mutual defence treaty with Russia, North Korea deployed troops to fight alongside Russian forces on the Ukraine front. South Korea’s military recently reported that there were indications North Korea was preparing to commit more arms and troops to support the Kremlin’s war efforts in Ukraine. An emboldened North Korea armed with nuclear missiles and battle experience will significantly alter Northeast Asia’s security dynamics. Countering the North Korean threat would require both Japan and South Korea to collaborate closely with their ally, the United States. Leaders of the three countries had agreed earlier to institutionalise their partnership by setting up a permanent Trilateral Secretariat to better coordinate and align their policies. The secretariat was officially launched in Seoul in November. There are concerns that the trilateral format may lose traction once Trump assumes office. Nevertheless, Japan should prioritise the strengthening of the trilateral partnership and take the initiative to push for deeper cooperation between the three countries.',
];

const conclusion = [
  'As the United States and China look set to embark on a more confrontational course and the security environment in Northeast Asia continues to deteriorate, the best hedge for Japan against these foreign policy challenges would be to continue its approach of strengthening partnerships and collaboration with like-minded states in the region and beyond.',
  'However, Japan’s ability to formulate a coherent foreign policy hinges on the state of play in its domestic politics. Having lost its majority in the Lower House, all eyes will be on how the Liberal Democratic Party performs at next year’s Upper House elections. Poor results will further weaken Ishiba’s position and undermine Japan’s policymaking process.',
];

/** The fixture prints the figure after the last paragraph on China. */
const figure = figureMarkdown({
  src: `/files/${IP24112_FIGURE_FILE}`,
  alt: 'An abstract illustration of a red sun over a stylised map of the Japanese archipelago, linked by lines to partner states across the Indo-Pacific',
  caption: 'In 2025, Japan should continue its approach of strengthening partnerships and collaboration with like-minded states in the region and beyond.',
  credit: 'Image from Prime Minister’s Office of Japan via Wikimedia Commons.',
});

const body = [
  ...introduction,
  '## Relations with the United States',
  ...unitedStates,
  '## Relations with China',
  ...china,
  figure,
  '## Relations with South Korea, North Korea, and Russia',
  ...koreasAndRussia,
  '## Conclusion',
  ...conclusion,
].join('\n\n');

export const ip24112Publication = {
  series: 'idss-papers',
  code: 'IP24112',
  status: 'published',
  publishedAt: '2024-12-30T02:00:00.000Z',
  title: 'Japan’s Foreign Policy Outlook in 2025',
  slug: 'japans-foreign-policy-outlook-in-2025',
  date: '2024-12-30',
  authors: [{ person: 'sarah-soh' }],
  synopsis,
  body,
  bio: 'Sarah Soh is Associate Research Fellow with the Regional Security Architecture Programme at the Institute of Defence and Strategic Studies (IDSS), S. Rajaratnam School of International Studies (RSIS).',
  terms: [
    'theme:country-and-region-studies',
    'theme:international-politics-and-security',
    'region:east-asia-and-asia-pacific',
    'region:south-asia',
    'region:southeast-asia-and-asean',
    'region:global',
  ],
  units: ['idss', 'regional-security-architecture-programme'],
  legacyUrls: ['https://www.rsis.edu.sg/rsis-publication/idss/ip24112-japans-foreign-policy-outlook-in-2025/'],
  isFeatured: true,
} satisfies CreatePublicationInput;

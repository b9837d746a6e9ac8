/**
 * The demo mailbox the playground, the Office.js stand-in, the Graph stand-in and the Gmail
 * stand-ins all serve. Realistic Swedish mail; "now" in the demo is fixed at DEMO_NOW so the
 * clocks always look the same.
 */
export interface DemoAddress {
  readonly name: string;
  readonly address: string;
}

export interface DemoMessage {
  /** Stable id, used as Graph message id, Office itemId and Gmail message id. */
  readonly id: string;
  /** Thread / conversation id. */
  readonly conversationId: string;
  readonly subject: string;
  readonly from: DemoAddress;
  readonly to: readonly DemoAddress[];
  readonly cc: readonly DemoAddress[];
  /** When the organisation's server received it (UTC ISO), = Graph receivedDateTime, Gmail internalDate. */
  readonly receivedDateTime: string;
  /** The sender's Date: header (UTC ISO). */
  readonly sentDateTime: string;
  /** The raw header block, topmost Received: first, CRLF line ends, folded as on the wire. */
  readonly internetHeaders: string;
  readonly bodyText: string;
  /** When the mailbox owner replied, if they did (UTC ISO). */
  readonly answeredAt?: string;
}

/** Folds a long header value into physical lines of at most 900 characters, as delivery leaves it. */
function foldValue(value: string): string {
  const lines: string[] = [];
  for (let i = 0; i < value.length; i += 900) lines.push(value.slice(i, i + 900));
  return lines.join('\r\n ');
}

/** Wall-clock parts of a UTC ISO instant for a Date: header in +0000. */
function rfcDate(iso: string): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** An external message as Exchange Online hands it over, with its boundary's Authentication-Results. */
function externalHeaders(m: {
  readonly id: string;
  readonly from: string;
  readonly subject: string;
  readonly received: string;
  readonly sent: string;
  readonly authenticationResults: string;
  readonly extra?: string;
}): string {
  return (
    `Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n` +
    ` by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM with HTTPS; ${rfcDate(m.received)}\r\n` +
    `Authentication-Results: ${m.authenticationResults}\r\n` +
    `Received: from mail.example.net (198.51.100.23) by\r\n` +
    ` AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n` +
    ` Server id 15.20.8632.31 via Frontend Transport; ${rfcDate(m.received)}\r\n` +
    `MIME-Version: 1.0\r\n` +
    `From: ${m.from}\r\n` +
    `Date: ${rfcDate(m.sent)}\r\n` +
    `Message-ID: <${m.id}.4f2a9c@mail.example.net>\r\n` +
    `Subject: ${m.subject}\r\n` +
    `To: anna.lind@vaxjo.se\r\n` +
    (m.extra ?? '') +
    `Content-Type: text/plain; charset="utf-8"\r\n`
  );
}

/** 200 KB of display name: a hostile sender's attempt to freeze whoever parses the From field. */
const POISON_NAME = 'Vinnare Lotteri '.repeat(12_800);

/** The owner of the demo mailbox. */
export const DEMO_OWNER: DemoAddress = { name: 'Anna Lind', address: 'anna.lind@vaxjo.se' };

/** The fixed "now" of the demo: Tuesday 22 December 2026, 10:15 in Stockholm. */
export const DEMO_NOW = '2026-12-22T09:15:00Z';

/**
 * Anna Lind's inbox on the morning of DEMO_NOW, newest first. Stockholm is UTC+1 in December.
 * The citizens' mail is spread over the edges the clock must handle: before opening (demo-05, Mon
 * 07:40), after closing on a Friday (demo-07, 17:05), a Saturday (demo-06), office hours (demo-01,
 * demo-09), one answered the same day (demo-10), and one from Wednesday 16 December (demo-11) that is
 * overdue by now under a 2- or a 3-working-day rule (day 0 Wed 16; 3 working days → Mon 21, 16:30).
 * The automatic mail (demo-03 bounce, demo-04 Exchange automatic reply, demo-08 newsletter) carries no
 * duty; demo-02 is internal (a duty unless the organisation exempts internal senders).
 * Every header block is as Exchange Online hands it over: topmost Received: = receivedDateTime.
 */
export const DEMO_MESSAGES: readonly DemoMessage[] = [
  {
    id: 'demo-01',
    conversationId: 'AAQkADdemo01',
    subject: 'Förskoleplats för vår son från februari',
    from: { name: 'Fatima Hassan', address: 'fatima.hassan@telia.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-22T07:30:14Z',
    sentDateTime: '2026-12-22T07:29:58Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Tue, 22 Dec\r\n' +
      ' 2026 07:30:14 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Tue,\r\n' +
      ' 22 Dec 2026 07:30:13 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 198.51.100.40)\r\n' +
      ' smtp.mailfrom=telia.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=telia.com;dmarc=pass action=none\r\n' +
      ' header.from=telia.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of telia.com designates\r\n' +
      ' 198.51.100.40 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=198.51.100.40; helo=smtp.telia.com; pr=C\r\n' +
      'Received: from smtp.telia.com (198.51.100.40) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Tue, 22 Dec 2026 07:30:13 +0000\r\n' +
      'Received: from [192.168.1.34] (h-98-128-1-34.NA.cust.example.net [198.51.100.34])\r\n' +
      '\tby smtp.telia.com (Postfix) with ESMTPA id 4R3aZt0cQbz4xN\r\n' +
      '\tfor <anna.lind@vaxjo.se>; Tue, 22 Dec 2026 08:30:04 +0100 (CET)\r\n' +
      'Message-ID: <b1d3f5a7-2c4e-4f60-8a9b-1c2d3e4f5a6b@telia.com>\r\n' +
      'Date: Tue, 22 Dec 2026 08:29:58 +0100\r\n' +
      'MIME-Version: 1.0\r\n' +
      'User-Agent: Mozilla Thunderbird\r\n' +
      'Content-Language: sv-SE\r\n' +
      'From: Fatima Hassan <fatima.hassan@telia.com>\r\n' +
      'To: Anna Lind <anna.lind@vaxjo.se>\r\n' +
      'Subject: =?UTF-8?Q?F=C3=B6rskoleplats_f=C3=B6r_v=C3=A5r_son_fr=C3=A5n_februari?=\r\n' +
      'Content-Type: text/plain; charset=UTF-8; format=flowed\r\n' +
      'Content-Transfer-Encoding: 8bit\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1222073014a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 22 Dec 2026 07:30:14.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej!\n\nVi har flyttat till Araby och behöver förskoleplats för vår son (3 år) från 1 februari. Hur lång är kön just nu, och kan vi önska Västra Mark förskola?\n\nMed vänliga hälsningar\nFatima Hassan',
  },
  {
    id: 'demo-02',
    conversationId: 'AAQkADdemo02',
    subject: 'Underlag till nämndmötet i januari',
    from: { name: 'Erik Sandberg', address: 'erik.sandberg@vaxjo.se' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [{ name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' }],
    receivedDateTime: '2026-12-21T12:05:32Z',
    sentDateTime: '2026-12-21T12:05:30Z',
    internetHeaders:
      'Received: from GV3P280MB0321.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:8::7) by\r\n' +
      ' GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM with HTTPS; Mon, 21 Dec 2026 12:05:32\r\n' +
      ' +0000\r\n' +
      'Received: from GV3P280MB0321.SWEP280.PROD.OUTLOOK.COM\r\n' +
      ' ([fe80::7a1c:33e2:9b0d:4f12]) by GV3P280MB0321.SWEP280.PROD.OUTLOOK.COM\r\n' +
      ' ([fe80::7a1c:33e2:9b0d:4f12%5]) with mapi id 15.20.8632.030; Mon, 21 Dec 2026\r\n' +
      ' 12:05:30 +0000\r\n' +
      'From: Erik Sandberg <erik.sandberg@vaxjo.se>\r\n' +
      'To: Anna Lind <anna.lind@vaxjo.se>\r\n' +
      'CC: Kontaktcenter <kontaktcenter@vaxjo.se>\r\n' +
      'Subject: =?iso-8859-1?Q?Underlag_till_n=E4mndm=F6tet_i_januari?=\r\n' +
      'Thread-Topic: =?iso-8859-1?Q?Underlag_till_n=E4mndm=F6tet_i_januari?=\r\n' +
      'Thread-Index: AdtTb3Jk5cV0aGVyZGVtbzAyYWJjZGVm\r\n' +
      'Date: Mon, 21 Dec 2026 12:05:30 +0000\r\n' +
      'Message-ID:\r\n' +
      ' <GV3P280MB03211C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7@GV3P280MB0321.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'Accept-Language: sv-SE, en-US\r\n' +
      'Content-Language: sv-SE\r\n' +
      'X-MS-Has-Attach: yes\r\n' +
      'X-MS-Exchange-Organization-SCL: -1\r\n' +
      'X-MS-TNEF-Correlator:\r\n' +
      'X-MS-Exchange-Organization-AuthSource: GV3P280MB0321.SWEP280.PROD.OUTLOOK.COM\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Internal\r\n' +
      'X-MS-Exchange-Organization-AuthMechanism: 04\r\n' +
      'Content-Type: multipart/mixed;\r\n' +
      '\tboundary="_004_GV3P280MB03211C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7GV3P280MB0321SWEP_"\r\n' +
      'MIME-Version: 1.0\r\n',
    bodyText:
      'Hej Anna,\n\nHär kommer underlaget om bygglovstaxan inför nämndmötet 14 januari. Kan du titta på avsnitt 3 innan jul?\n\nHälsningar\nErik Sandberg\nSamhällsbyggnadsförvaltningen',
  },
  {
    // A hostile message: a 200 KB folded From. The core reads a field on its first 64,000
    // characters, so the address at its end is never reached; both hosts must stay fast.
    id: 'demo-12',
    conversationId: 'AAQkADdemo12',
    subject: 'Grattis! Du har vunnit',
    from: { name: 'Vinnare Lotteri', address: 'vinst@lotteri.example.net' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T11:31:07Z',
    sentDateTime: '2026-12-21T11:31:01Z',
    internetHeaders: externalHeaders({
      id: 'demo-12',
      from: foldValue(`"${POISON_NAME}" <vinst@lotteri.example.net>`),
      subject: 'Grattis! Du har vunnit',
      received: '2026-12-21T11:31:07Z',
      sent: '2026-12-21T11:31:01Z',
      authenticationResults:
        'spf=none (sender IP is 198.51.100.23)\r\n smtp.mailfrom=lotteri.example.net; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=lotteri.example.net;compauth=none\r\n reason=451',
    }),
    bodyText: 'Klicka här för att hämta din vinst.',
  },
  {
    // A look-alike sender: vaxj0.se with a zero for the o, and its own mail passes every check.
    id: 'demo-13',
    conversationId: 'AAQkADdemo13',
    subject: 'Påminnelse: obetald faktura 2026-1187',
    from: { name: 'Ekonomiavdelningen', address: 'faktura@vaxj0.se' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T11:02:44Z',
    sentDateTime: '2026-12-21T11:02:40Z',
    internetHeaders: externalHeaders({
      id: 'demo-13',
      from: 'Ekonomiavdelningen <faktura@vaxj0.se>',
      subject: '=?UTF-8?Q?P=C3=A5minnelse:_obetald_faktura_2026-1187?=',
      received: '2026-12-21T11:02:44Z',
      sent: '2026-12-21T11:02:40Z',
      authenticationResults:
        'spf=pass (sender IP is 198.51.100.23)\r\n smtp.mailfrom=vaxj0.se; dkim=pass (signature was verified)\r\n header.d=vaxj0.se;dmarc=pass action=none header.from=vaxj0.se;compauth=pass\r\n reason=100',
    }),
    bodyText:
      'Hej,\n\nVi har inte fått betalt för faktura 2026-1187. Betala i dag till bankgiro 5555-1234 för att undvika inkasso.\n\nEkonomiavdelningen',
  },
  {
    // Claims the municipality's own address but fails DMARC at the boundary: spoofed.
    id: 'demo-14',
    conversationId: 'AAQkADdemo14',
    subject: 'Uppdatera ditt lösenord senast i dag',
    from: { name: 'IT-avdelningen', address: 'it-support@vaxjo.se' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T10:45:19Z',
    sentDateTime: '2026-12-21T10:45:12Z',
    internetHeaders: externalHeaders({
      id: 'demo-14',
      from: 'IT-avdelningen <it-support@vaxjo.se>',
      subject: '=?UTF-8?Q?Uppdatera_ditt_l=C3=B6senord_senast_i_dag?=',
      received: '2026-12-21T10:45:19Z',
      sent: '2026-12-21T10:45:12Z',
      authenticationResults:
        'spf=fail (sender IP is 198.51.100.23)\r\n smtp.mailfrom=vaxjo.se; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=quarantine header.from=vaxjo.se;compauth=fail\r\n reason=000',
    }),
    bodyText: 'Ditt lösenord går ut i dag. Logga in via länken nedan för att behålla ditt konto.',
  },
  {
    // A citizen's own reply whose subject starts like an automatic one: the duty stays, with a hint.
    id: 'demo-15',
    conversationId: 'AAQkADdemo15',
    subject: 'Autosvar: jag fick ert autosvar men frågan brådskar',
    from: { name: 'Karin Holm', address: 'karin.holm@telia.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T10:20:51Z',
    sentDateTime: '2026-12-21T10:20:44Z',
    internetHeaders: externalHeaders({
      id: 'demo-15',
      from: 'Karin Holm <karin.holm@telia.com>',
      subject: '=?UTF-8?Q?Autosvar:_jag_fick_ert_autosvar_men_fr=C3=A5gan_br=C3=A5dskar?=',
      received: '2026-12-21T10:20:51Z',
      sent: '2026-12-21T10:20:44Z',
      authenticationResults:
        'spf=pass (sender IP is 198.51.100.23)\r\n smtp.mailfrom=telia.com; dkim=pass (signature was verified)\r\n header.d=telia.com;dmarc=pass action=none header.from=telia.com;compauth=pass\r\n reason=100',
    }),
    bodyText:
      'Hej,\n\nJag fick ert autosvar, men frågan om skolskjutsen brådskar: bussen går redan 7 januari. Vem kan svara före jul?\n\nKarin Holm',
  },
  {
    id: 'demo-03',
    conversationId: 'AAQkADdemo03',
    subject: 'Det gick inte att leverera: Svar angående bygglov för carport',
    from: { name: 'Microsoft Outlook', address: 'postmaster@vaxjo.se' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T09:02:19Z',
    sentDateTime: '2026-12-21T09:02:18Z',
    internetHeaders:
      'Received: from GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM\r\n' +
      ' ([fe80::5c2a:1b3d:7e9f:a0b1]) by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM\r\n' +
      ' ([fe80::5c2a:1b3d:7e9f:a0b1%4]) with mapi id 15.20.8632.030; Mon, 21 Dec 2026\r\n' +
      ' 09:02:19 +0000\r\n' +
      'Return-Path: <>\r\n' +
      'From: Microsoft Outlook <postmaster@vaxjo.se>\r\n' +
      'To: Anna Lind <anna.lind@vaxjo.se>\r\n' +
      'Date: Mon, 21 Dec 2026 09:02:18 +0000\r\n' +
      'Subject: Det gick inte att leverera: Svar =?iso-8859-1?Q?ang=E5ende?= bygglov\r\n' +
      ' =?iso-8859-1?Q?f=F6r?= carport\r\n' +
      'Content-Type: multipart/report; report-type=delivery-status;\r\n' +
      '\tboundary="9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4"\r\n' +
      'Content-Language: sv-SE\r\n' +
      'Message-ID:\r\n' +
      ' <a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'In-Reply-To: <GV3P280MB0977AB12CD34@GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'References: <GV3P280MB0977AB12CD34@GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'MIME-Version: 1.0\r\n' +
      'Auto-Submitted: auto-replied\r\n' +
      'X-MS-PublicTrafficType: Email\r\n' +
      'X-MS-Exchange-Message-Is-Ndr:\r\n' +
      'X-MS-Exchange-Organization-SCL: -1\r\n',
    bodyText:
      'Det gick inte att leverera till magnus.eriksson@gmial.com\n\nDomänen gmial.com finns inte. Kontrollera adressen och försök igen.',
  },
  {
    id: 'demo-04',
    conversationId: 'AAQkADdemo04',
    subject: 'Automatiskt svar: Remiss detaljplan Norremark',
    from: { name: 'Lars Berg', address: 'lars.berg@region.example.se' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T08:12:03Z',
    sentDateTime: '2026-12-21T08:12:01Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Mon, 21 Dec\r\n' +
      ' 2026 08:12:03 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Mon,\r\n' +
      ' 21 Dec 2026 08:12:02 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 40.107.22.102)\r\n' +
      ' smtp.mailfrom=region.example.se; dkim=pass (signature was verified)\r\n' +
      ' header.d=region.example.se;dmarc=pass action=none\r\n' +
      ' header.from=region.example.se;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of region.example.se designates\r\n' +
      ' 40.107.22.102 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=40.107.22.102; helo=EUR05-AM6-obe.outbound.protection.outlook.com; pr=C\r\n' +
      'Received: from EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.102) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Mon, 21 Dec 2026 08:12:02 +0000\r\n' +
      'From: Lars Berg <lars.berg@region.example.se>\r\n' +
      'To: Anna Lind <anna.lind@vaxjo.se>\r\n' +
      'Subject: Automatiskt svar: Remiss detaljplan Norremark\r\n' +
      'Thread-Topic: Remiss detaljplan Norremark\r\n' +
      'Thread-Index: AQHbU2x0b3Vx2mJlcm5hZGV0aGlzZGVtbzA0\r\n' +
      'Date: Mon, 21 Dec 2026 08:12:01 +0000\r\n' +
      'Message-ID:\r\n' +
      ' <DB9PR02MB72731A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7@DB9PR02MB7273.eurprd02.prod.outlook.com>\r\n' +
      'References: <GV3P280MB0977EF56AB78@GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'In-Reply-To: <GV3P280MB0977EF56AB78@GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'Accept-Language: sv-SE, en-US\r\n' +
      'Content-Language: sv-SE\r\n' +
      'X-MS-Has-Attach:\r\n' +
      'X-MS-TNEF-Correlator:\r\n' +
      'auto-submitted: auto-replied\r\n' +
      'x-ms-exchange-parent-message-id:\r\n' +
      ' <GV3P280MB0977EF56AB78@GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM>\r\n' +
      'x-auto-response-suppress: All\r\n' +
      'X-MS-Exchange-Inbox-Rules-Loop: lars.berg@region.example.se\r\n' +
      'Content-Type: text/plain; charset="iso-8859-1"\r\n' +
      'Content-Transfer-Encoding: quoted-printable\r\n' +
      'MIME-Version: 1.0\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1221081203a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 21 Dec 2026 08:12:03.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Jag är ledig till och med 6 januari. Brådskande frågor om remisser besvaras av registrator@region.example.se.\n\nI am out of office until 6 January.',
  },
  {
    id: 'demo-05',
    conversationId: 'AAQkADdemo05',
    subject: 'Färdtjänst till julbordet på lördag – kan jag boka om?',
    from: { name: 'Gunnel Ek', address: 'gunnel.ek43@telia.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-21T06:40:27Z',
    sentDateTime: '2026-12-21T06:40:05Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Mon, 21 Dec\r\n' +
      ' 2026 06:40:27 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Mon,\r\n' +
      ' 21 Dec 2026 06:40:26 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 198.51.100.40)\r\n' +
      ' smtp.mailfrom=telia.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=telia.com;dmarc=pass action=none\r\n' +
      ' header.from=telia.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of telia.com designates\r\n' +
      ' 198.51.100.40 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=198.51.100.40; helo=smtp.telia.com; pr=C\r\n' +
      'Received: from smtp.telia.com (198.51.100.40) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Mon, 21 Dec 2026 06:40:26 +0000\r\n' +
      'Received: from GunnelsPC (h-98-128-7-11.NA.cust.example.net [198.51.100.71])\r\n' +
      '\tby smtp.telia.com (Postfix) with ESMTPA id 4R2f0k2VhLz4xP\r\n' +
      '\tfor <anna.lind@vaxjo.se>; Mon, 21 Dec 2026 07:40:07 +0100 (CET)\r\n' +
      'From: "Gunnel Ek" <gunnel.ek43@telia.com>\r\n' +
      'To: <anna.lind@vaxjo.se>\r\n' +
      'Subject: =?utf-8?Q?F=C3=A4rdtj=C3=A4nst_till_julbordet_p=C3=A5_l=C3=B6rdag_=E2=80=93?=\r\n' +
      ' =?utf-8?Q?_kan_jag_boka_om=3F?=\r\n' +
      'Date: Mon, 21 Dec 2026 07:40:05 +0100\r\n' +
      'Message-ID: <000001db5370$1a2b3c40$4e5f6a70$@telia.com>\r\n' +
      'MIME-Version: 1.0\r\n' +
      'Content-Type: multipart/alternative;\r\n' +
      '\tboundary="----=_NextPart_000_0001_01DB5378.1A2B3C40"\r\n' +
      'X-Mailer: Microsoft Outlook 16.0\r\n' +
      'Thread-Index: AdtTcBorPEBOX2pwdGVzdGRlbW8wNQ==\r\n' +
      'Content-Language: sv\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1221064027a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 21 Dec 2026 06:40:27.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej,\n\nJag har färdtjänst beställd till julbordet på Evedal lördag kl 17. Kan jag flytta hemresan till kl 22 i stället för 21? Telefonen till beställningen svarar inte.\n\nGunnel Ek',
  },
  {
    id: 'demo-06',
    conversationId: 'AAQkADdemo06',
    subject: 'Fråga om bygglov för inglasad altan på Teleborg',
    from: { name: 'Åsa Öberg', address: 'asa.oberg@gmail.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-19T09:30:41Z',
    sentDateTime: '2026-12-19T09:30:27Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Sat, 19 Dec\r\n' +
      ' 2026 09:30:41 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Sat,\r\n' +
      ' 19 Dec 2026 09:30:40 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 209.85.218.54)\r\n' +
      ' smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=gmail.com;dmarc=pass action=none\r\n' +
      ' header.from=gmail.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of gmail.com designates\r\n' +
      ' 209.85.218.54 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=209.85.218.54; helo=mail-ej1-f54.google.com; pr=C\r\n' +
      'Received: from mail-ej1-f54.google.com (209.85.218.54) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Sat, 19 Dec 2026 09:30:40 +0000\r\n' +
      'Received: by mail-ej1-f54.google.com with SMTP id a640c23a62f3a-a9a1b2c3d4eso1234567166b.1\r\n' +
      '        for <anna.lind@vaxjo.se>;\r\n' +
      '        Sat, 19 Dec 2026 01:30:39 -0800 (PST)\r\n' +
      'X-Gm-Message-State: AOJu0YzDemo06Q2hlY2tlZEJ5SGFuZA==\r\n' +
      'X-Google-Smtp-Source: AGHT+IFdemo06c291cmNl\r\n' +
      'MIME-Version: 1.0\r\n' +
      'From: =?UTF-8?B?w4VzYSDDlmJlcmc=?= <asa.oberg@gmail.com>\r\n' +
      'Date: Sat, 19 Dec 2026 10:30:27 +0100\r\n' +
      'Message-ID: <CAJx9f3TgYp+1ZLq2k8wQeXmA0b@mail.gmail.com>\r\n' +
      'Subject: =?UTF-8?B?RnLDpWdhIG9tIGJ5Z2dsb3YgZsO2cg==?=\r\n' +
      ' =?UTF-8?B?IGluZ2xhc2FkIGFsdGFuIHDDpSBUZWxlYm9yZw==?=\r\n' +
      'To: anna.lind@vaxjo.se\r\n' +
      'Content-Type: multipart/alternative; boundary="0000000000003f1a2b3c4d5e6f70"\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1219093041a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 19 Dec 2026 09:30:41.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej Anna!\n\nVi funderar på att glasa in vår altan (ca 18 kvm) på Teleborg. Behöver vi bygglov eller räcker en anmälan? Huset ligger inom detaljplan.\n\nVänliga hälsningar\nÅsa Öberg',
  },
  {
    id: 'demo-07',
    conversationId: 'AAQkADdemo07',
    subject: 'Klagomål på snöröjningen i Öster - tredje gången denna vecka',
    from: { name: 'Per-Olof Nyström', address: 'per-olof.nystrom@telia.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [{ name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' }],
    receivedDateTime: '2026-12-18T16:05:09Z',
    sentDateTime: '2026-12-18T16:04:52Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Fri, 18 Dec\r\n' +
      ' 2026 16:05:09 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Fri,\r\n' +
      ' 18 Dec 2026 16:05:08 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 198.51.100.40)\r\n' +
      ' smtp.mailfrom=telia.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=telia.com;dmarc=pass action=none\r\n' +
      ' header.from=telia.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of telia.com designates\r\n' +
      ' 198.51.100.40 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=198.51.100.40; helo=smtp.telia.com; pr=C\r\n' +
      'Received: from smtp.telia.com (198.51.100.40) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Fri, 18 Dec 2026 16:05:08 +0000\r\n' +
      'Received: from [192.168.1.23] (h-98-128-1-23.NA.cust.example.net [198.51.100.23])\r\n' +
      '\tby smtp.telia.com (Postfix) with ESMTPA id 4R1xYv1mXkz4xL\r\n' +
      '\tfor <anna.lind@vaxjo.se>; Fri, 18 Dec 2026 17:05:08 +0100 (CET)\r\n' +
      'Message-ID: <5e2b7a10-3c4d-4e5f-8a9b-0c1d2e3f4a5b@telia.com>\r\n' +
      'Date: Fri, 18 Dec 2026 17:04:52 +0100\r\n' +
      'MIME-Version: 1.0\r\n' +
      'User-Agent: Mozilla Thunderbird\r\n' +
      'Content-Language: sv-SE\r\n' +
      'To: anna.lind@vaxjo.se\r\n' +
      'Cc: kontaktcenter@vaxjo.se\r\n' +
      'From: =?iso-8859-1?Q?Per-Olof_Nystr=F6m?= <per-olof.nystrom@telia.com>\r\n' +
      'Subject: =?iso-8859-1?Q?Klagom=E5l_p=E5_sn=F6r=F6jningen_i_=D6ster?=\r\n' +
      ' =?iso-8859-1?Q?_-_tredje_g=E5ngen_denna_vecka?=\r\n' +
      'Content-Type: text/plain; charset=ISO-8859-1; format=flowed\r\n' +
      'Content-Transfer-Encoding: 8bit\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1218160509a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 18 Dec 2026 16:05:09.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej,\n\nFör tredje gången den här veckan har plogbilen lämnat en vall framför vår infart på Storgatan. Min fru har rollator och kommer inte ut. Jag vill ha ett svar på vad kommunen tänker göra.\n\nPer-Olof Nyström',
  },
  {
    id: 'demo-08',
    conversationId: 'AAQkADdemo08',
    subject: 'Veckans nyheter: budget 2027 och nya regler för offentlig upphandling',
    from: { name: 'Kommunal Ekonomi – Nyhetsbrev', address: 'nyheter@nyhetsbrev.example.se' },
    to: [{ name: '', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-18T05:00:07Z',
    sentDateTime: '2026-12-18T05:00:00Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Fri, 18 Dec\r\n' +
      ' 2026 05:00:07 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Fri,\r\n' +
      ' 18 Dec 2026 05:00:06 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 203.0.113.12)\r\n' +
      ' smtp.mailfrom=nyhetsbrev.example.se; dkim=pass (signature was verified)\r\n' +
      ' header.d=nyhetsbrev.example.se;dmarc=pass action=none\r\n' +
      ' header.from=nyhetsbrev.example.se;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of nyhetsbrev.example.se designates\r\n' +
      ' 203.0.113.12 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=203.0.113.12; helo=mta12.nyhetsbrev.example.se; pr=C\r\n' +
      'Received: from mta12.nyhetsbrev.example.se (203.0.113.12) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Fri, 18 Dec 2026 05:00:06 +0000\r\n' +
      'Return-Path: bounce-7731-anna.lind=vaxjo.se@nyhetsbrev.example.se\r\n' +
      'From: =?UTF-8?Q?Kommunal_Ekonomi_=E2=80=93_Nyhetsbrev?= <nyheter@nyhetsbrev.example.se>\r\n' +
      'Reply-To: redaktionen@nyhetsbrev.example.se\r\n' +
      'To: anna.lind@vaxjo.se\r\n' +
      'Subject: =?UTF-8?Q?Veckans_nyheter:_budget_2027_och_nya_regler_f=C3=B6r_?=\r\n' +
      ' =?UTF-8?Q?offentlig_upphandling?=\r\n' +
      'Date: Fri, 18 Dec 2026 06:00:00 +0100\r\n' +
      'Message-ID: <20261218050000.7731.123456@nyhetsbrev.example.se>\r\n' +
      'MIME-Version: 1.0\r\n' +
      'Content-Type: multipart/alternative;\r\n' +
      '\tboundary="----=_Part_1234_5678.1766034000000"\r\n' +
      'Precedence: bulk\r\n' +
      'List-Unsubscribe: <https://nyhetsbrev.example.se/u/7731/abcdef0123456789>,\r\n' +
      ' <mailto:unsubscribe-7731@nyhetsbrev.example.se>\r\n' +
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n' +
      'Feedback-ID: 7731:nyhetsbrev:example\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1218050007a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 18 Dec 2026 05:00:07.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Veckans nyheter från Kommunal Ekonomi.\n\nBudget 2027: så fördelas statsbidragen.\nUpphandling: nya tröskelvärden från 1 januari.\n\nAvsluta prenumerationen: se länk i brevet.',
  },
  {
    id: 'demo-09',
    conversationId: 'AAQkADdemo09',
    subject: 'Byte av förskola efter nyår',
    from: { name: 'Johanna Virtanen', address: 'johanna.virtanen@outlook.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-17T10:00:12Z',
    sentDateTime: '2026-12-17T09:59:47Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Thu, 17 Dec\r\n' +
      ' 2026 10:00:12 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Thu,\r\n' +
      ' 17 Dec 2026 10:00:11 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 40.107.15.68)\r\n' +
      ' smtp.mailfrom=outlook.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=outlook.com;dmarc=pass action=none\r\n' +
      ' header.from=outlook.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of outlook.com designates\r\n' +
      ' 40.107.15.68 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=40.107.15.68; helo=EUR02-DB5-obe.outbound.protection.outlook.com; pr=C\r\n' +
      'Received: from EUR02-DB5-obe.outbound.protection.outlook.com (40.107.15.68) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Thu, 17 Dec 2026 10:00:11 +0000\r\n' +
      'From: Johanna Virtanen <johanna.virtanen@outlook.com>\r\n' +
      'To: Anna Lind <anna.lind@vaxjo.se>\r\n' +
      'Subject: =?iso-8859-1?Q?Byte_av_f=F6rskola_efter_ny=E5r?=\r\n' +
      'Thread-Topic: =?iso-8859-1?Q?Byte_av_f=F6rskola_efter_ny=E5r?=\r\n' +
      'Thread-Index: AQHbUHJvdmFkZW1vMDlmb3Jza29sYQ==\r\n' +
      'Date: Thu, 17 Dec 2026 09:59:47 +0000\r\n' +
      'Message-ID:\r\n' +
      ' <PAXP193MB1234A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6@PAXP193MB1234.EURP193.PROD.OUTLOOK.COM>\r\n' +
      'Accept-Language: sv-SE, fi-FI\r\n' +
      'Content-Language: sv-SE\r\n' +
      'X-MS-Has-Attach:\r\n' +
      'X-MS-TNEF-Correlator:\r\n' +
      'Content-Type: multipart/alternative;\r\n' +
      '\tboundary="_000_PAXP193MB1234A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6PAXP193MB1234EURP_"\r\n' +
      'MIME-Version: 1.0\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1217100012a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 17 Dec 2026 10:00:12.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej!\n\nVår dotter går på Hovshaga förskola men vi flyttar till Sandsbro i januari. Hur gör vi för att byta förskola, och behåller hon sin plats under tiden?\n\nJohanna Virtanen',
  },
  {
    id: 'demo-10',
    conversationId: 'AAQkADdemo10',
    subject: 'Sophämtning under julhelgen',
    from: { name: 'Bengt Karlsson', address: 'bengt.karlsson@gmail.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-17T08:10:44Z',
    sentDateTime: '2026-12-17T08:10:31Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Thu, 17 Dec\r\n' +
      ' 2026 08:10:44 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Thu,\r\n' +
      ' 17 Dec 2026 08:10:43 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 209.85.218.54)\r\n' +
      ' smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=gmail.com;dmarc=pass action=none\r\n' +
      ' header.from=gmail.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of gmail.com designates\r\n' +
      ' 209.85.218.54 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=209.85.218.54; helo=mail-ej1-f54.google.com; pr=C\r\n' +
      'Received: from mail-ej1-f54.google.com (209.85.218.54) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Thu, 17 Dec 2026 08:10:43 +0000\r\n' +
      'Received: by mail-ej1-f54.google.com with SMTP id a640c23a62f3a-a9b8c7d6e5fso7654321166b.2\r\n' +
      '        for <anna.lind@vaxjo.se>;\r\n' +
      '        Thu, 17 Dec 2026 00:10:42 -0800 (PST)\r\n' +
      'MIME-Version: 1.0\r\n' +
      'From: Bengt Karlsson <bengt.karlsson@gmail.com>\r\n' +
      'Date: Thu, 17 Dec 2026 09:10:31 +0100\r\n' +
      'Message-ID: <CAK7q2wY0n3Hb+demo10Zp5Lm8Rt@mail.gmail.com>\r\n' +
      'Subject: =?UTF-8?Q?Soph=C3=A4mtning_under_julhelgen?=\r\n' +
      'To: anna.lind@vaxjo.se\r\n' +
      'Content-Type: multipart/alternative; boundary="000000000000b2c3d4e5f6a7b8c9"\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1217081044a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 17 Dec 2026 08:10:44.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej, hämtas soporna som vanligt på juldagen (fredag) eller flyttas tömningen?\n\nMvh Bengt',
    answeredAt: '2026-12-17T13:30:00Z',
  },
  {
    id: 'demo-11',
    conversationId: 'AAQkADdemo11',
    subject: 'Bygglov för carport – hur lång är handläggningstiden?',
    from: { name: 'Magnus Eriksson', address: 'magnus.eriksson@gmail.com' },
    to: [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    cc: [],
    receivedDateTime: '2026-12-16T13:20:14Z',
    sentDateTime: '2026-12-16T13:19:55Z',
    internetHeaders:
      'Received: from AM0PR02CA0101.eurprd02.prod.outlook.com (2603:10a6:208:154::42)\r\n' +
      ' by GV3P280MB0977.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:7::12) with\r\n' +
      ' Microsoft SMTP Server (version=TLS1_2,\r\n' +
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31; Wed, 16 Dec\r\n' +
      ' 2026 13:20:14 +0000\r\n' +
      'Received: from AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      ' (2603:10a6:208:154:cafe::5d) by AM0PR02CA0101.outlook.office365.com\r\n' +
      ' (2603:10a6:208:154::42) with Microsoft SMTP Server (version=TLS1_3,\r\n' +
      ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via Frontend Transport; Wed,\r\n' +
      ' 16 Dec 2026 13:20:13 +0000\r\n' +
      'Authentication-Results: spf=pass (sender IP is 209.85.218.54)\r\n' +
      ' smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\r\n' +
      ' header.d=gmail.com;dmarc=pass action=none\r\n' +
      ' header.from=gmail.com;compauth=pass reason=100\r\n' +
      'Received-SPF: Pass (protection.outlook.com: domain of gmail.com designates\r\n' +
      ' 209.85.218.54 as permitted sender) receiver=protection.outlook.com;\r\n' +
      ' client-ip=209.85.218.54; helo=mail-ej1-f54.google.com; pr=C\r\n' +
      'Received: from mail-ej1-f54.google.com (209.85.218.54) by\r\n' +
      ' AM2PEPF0001C70F.mail.protection.outlook.com (10.167.16.203) with Microsoft SMTP\r\n' +
      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.31 via\r\n' +
      ' Frontend Transport; Wed, 16 Dec 2026 13:20:13 +0000\r\n' +
      'Received: by mail-ej1-f54.google.com with SMTP id a640c23a62f3a-a9f0e1d2c3bso2468101166b.3\r\n' +
      '        for <anna.lind@vaxjo.se>;\r\n' +
      '        Wed, 16 Dec 2026 05:20:12 -0800 (PST)\r\n' +
      'MIME-Version: 1.0\r\n' +
      'From: Magnus Eriksson <magnus.eriksson@gmail.com>\r\n' +
      'Date: Wed, 16 Dec 2026 14:19:55 +0100\r\n' +
      'Message-ID: <CAM3n8vX1q9Ks+demo11Wt4Hy6Pq@mail.gmail.com>\r\n' +
      'Subject: =?UTF-8?Q?Bygglov_f=C3=B6r_carport_=E2=80=93_hur_l=C3=A5ng_=C3=A4r_handl?=\r\n' +
      ' =?UTF-8?Q?=C3=A4ggningstiden=3F?=\r\n' +
      'To: anna.lind@vaxjo.se\r\n' +
      'Content-Type: multipart/alternative; boundary="000000000000c3d4e5f6a7b8c9d0"\r\n' +
      'X-MS-Exchange-Organization-Network-Message-Id: 3f6c2a1e-8b4d-4c7a-9e21-1216132014a0\r\n' +
      'X-MS-Exchange-Organization-SCL: 1\r\n' +
      'X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd05.prod.outlook.com\r\n' +
      'X-MS-Exchange-Organization-AuthAs: Anonymous\r\n' +
      'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 16 Dec 2026 13:20:14.0000 (UTC)\r\n' +
      'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678\r\n',
    bodyText:
      'Hej,\n\nJag skickade in en ansökan om bygglov för carport i november (ärende BN 2026-4412). Hur lång är handläggningstiden just nu? Vi vill gärna bygga innan tjälen går ur marken.\n\nMagnus Eriksson',
  },
];

/** The demo message with that id, if any. */
export function demoMessageById(id: string): DemoMessage | undefined {
  return DEMO_MESSAGES.find((message) => message.id === id);
}

/** The demo's functional mailbox, shared with Anna Lind (full access). */
export const DEMO_KONTAKTCENTER: DemoAddress = {
  name: 'Kontaktcenter',
  address: 'kontaktcenter@vaxjo.se',
};

/** A minimal Exchange header block for a citizen's message to kontaktcenter@. */
function kontaktcenterHeaders(from: DemoAddress, receivedRfc: string, id: string): string {
  return (
    `Received: from mx.example.se by AM2PEPF0001C70F.mail.protection.outlook.com; ${receivedRfc}\r\n` +
    `From: ${from.name} <${from.address}>\r\n` +
    `Date: ${receivedRfc}\r\n` +
    `Message-ID: <${id}@example.se>\r\n` +
    'To: kontaktcenter@vaxjo.se\r\n'
  );
}

/**
 * The functional mailbox kontaktcenter@ in the demo: an overdue question, one due today, one
 * answered (registered and deletable in the playground once "Diarieförd" is set).
 */
export const DEMO_KONTAKTCENTER_MESSAGES: readonly DemoMessage[] = [
  {
    id: 'kc-01-snorojning',
    conversationId: 'AAQkAGkc01snorojning=',
    subject: 'Snöröjning på Storgatan',
    from: { name: 'Lena Ek', address: 'lena.ek@example.se' },
    to: [DEMO_KONTAKTCENTER],
    cc: [],
    receivedDateTime: '2026-12-14T08:30:00Z',
    sentDateTime: '2026-12-14T08:29:40Z',
    internetHeaders: kontaktcenterHeaders(
      { name: 'Lena Ek', address: 'lena.ek@example.se' },
      'Mon, 14 Dec 2026 08:30:00 +0000',
      'kc-01',
    ),
    bodyText: 'Hej! När plogas Storgatan? Det är svårt att ta sig fram med rullator.\n\nLena Ek',
  },
  {
    id: 'kc-02-bibliotek',
    conversationId: 'AAQkAGkc02bibliotek=',
    subject: 'Öppettider för biblioteket i jul',
    from: { name: 'Omar Haddad', address: 'omar.haddad@example.se' },
    to: [DEMO_KONTAKTCENTER],
    cc: [],
    receivedDateTime: '2026-12-17T10:05:00Z',
    sentDateTime: '2026-12-17T10:04:31Z',
    internetHeaders: kontaktcenterHeaders(
      { name: 'Omar Haddad', address: 'omar.haddad@example.se' },
      'Thu, 17 Dec 2026 10:05:00 +0000',
      'kc-02',
    ),
    bodyText: 'Hej, vilka tider har stadsbiblioteket öppet under julen?\n\nOmar',
  },
  {
    id: 'kc-03-faktura',
    conversationId: 'AAQkAGkc03faktura=',
    subject: 'Fråga om faktura för vatten och avlopp',
    from: { name: 'Karin Sjö', address: 'karin.sjo@example.se' },
    to: [DEMO_KONTAKTCENTER],
    cc: [],
    receivedDateTime: '2026-12-15T13:00:00Z',
    sentDateTime: '2026-12-15T12:59:10Z',
    internetHeaders: kontaktcenterHeaders(
      { name: 'Karin Sjö', address: 'karin.sjo@example.se' },
      'Tue, 15 Dec 2026 13:00:00 +0000',
      'kc-03',
    ),
    bodyText:
      'Hej! Min faktura för VA ser dubbelt så hög ut som förra kvartalet. Stämmer den?\n\nKarin',
    answeredAt: '2026-12-16T09:10:00Z',
  },
];

/**
 * Anna Lind's access to kontaktcenter@ as Outlook reports it for a message opened there
 * (Office.MailboxEnums.DelegatePermissions: Read | Write | DeleteAll | EditAll = 43).
 */
export const DEMO_KONTAKTCENTER_PERMISSIONS = 1 | 2 | 8 | 32;

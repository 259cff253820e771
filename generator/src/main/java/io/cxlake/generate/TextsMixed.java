package io.cxlake.generate;

/** Malaysian/Singaporean code-switching: English with Simplified Chinese and colloquial particles. */
final class TextsMixed {
  private TextsMixed() {
  }

  private static String[] s(String... texts) {
    return texts;
  }

  static LanguagePack create() {
    LanguagePack p = new LanguagePack(Language.MIXED, " ");
    p.brand = "Nimbus Telecom";
    p.countries = s("Japan", "Bangkok", "Taiwan", "Australia", "Korea", "Bali", "Hong Kong");
    p.devices = s("iPhone 16", "Galaxy S25", "Pixel 9", "OPPO Reno12", "Xiaomi 14", "vivo V30");
    p.bot = Template.all(
        "Hi! 您好! I'm Nimbo from {brand}, how can I help you?",
        "Welcome to {brand} chat 在线客服, please type your question.",
        "Hello, now many people in queue, please wait ya 请稍等.");
    p.ivr = Template.all(
        "Thank you for calling {brand}. 所有客服正在忙线中, please hold.",
        "Welcome to {brand}. For billing press 1, 网络问题请按 2.",
        "Your call is important to us, 请不要挂断.");
    p.greetVoice = Template.all(
        "Hello, {brand} here, I'm {agent}. How can I help you?",
        "Hi, this is {agent} from {brand}, 有什么可以帮你?",
        "Good afternoon, {brand} customer service, {agent} speaking.");
    p.greetWalkIn = Template.all(
        "Welcome to {brand} store, 今天要办什么?",
        "Hi, got take queue number already? How can I help?",
        "Hello, I'm {agent}, please sit. 有什么可以帮你?");
    queries(p);
    moods(p);
    p.goal(Goal.FIX, "Can help me fix this or not?", "帮我修好 can?", "I just want this problem 解决.");
    p.goal(Goal.INFORM, "想咨询一下 only.", "I just want to find out, 请问 how?", "Can explain to me or not?");
    p.goal(Goal.PURCHASE, "I want to sign up today.", "我想办理 this one.", "I want to upgrade lah.");
    p.goal(Goal.COMPLAIN, "I want to complain!", "我要投诉 this one.", "I want to file a complaint.");
    p.goal(Goal.CANCEL, "I want to cancel my line.", "我要解约 lah.", "Close my account can?");
    p.empathy = Template.all(
        "Sorry for the inconvenience ya, 我明白你的感受.",
        "Really sorry to make you wait so long.",
        "I understand, 这样真的很麻烦, sorry ah.");
    p.ownership = Template.all(
        "Don't worry, I'll take care of this for you.",
        "我来帮你 settle, no problem.",
        "I will personally follow up on this case ya.",
        "Leave it to me, 我帮你处理到好.");
    p.acknowledge = Template.all("Okay, 我帮你 check 一下 ya.", "Alright, one moment ah.", "Noted, let me see.",
        "Okay okay, 我看一下 system.");
    p.verify = Template.all(
        "Can give me your phone number to verify ah?",
        "For verification, 请给我你的 mobile number.",
        "May I have the account number first?");
    p.guarantee = Template.all(
        "We guarantee will fix within {hours} hours, if not we give you one month rebate.",
        "根据我们的 service guarantee, {hours} hours 内一定有人 contact you.",
        "Don't worry, our service promise is {hours} hours, 不然这个月 free.");
    p.churn = Template.all(
        "If like that I switch to {competitor} lah.",
        "I want full refund, 不然我 cancel 了.",
        "{competitor} offer me cheaper plan leh, 我要 port out already.",
        "You all don't refund, I complain to the authority ah.",
        "Contract finish I sure won't renew, go {competitor} better.");
    p.closing(Disposition.RESOLVED,
        "Okay done already, 还有什么可以帮你吗?",
        "Settled ya, you check again now.",
        "All done already, later you will get SMS confirmation.");
    p.closing(Disposition.FOLLOW_UP,
        "I already open a case, our team will contact you in three working days.",
        "We will follow up and SMS you once got update ya.");
    p.closing(Disposition.CALLBACK_PROMISED,
        "We will call you back within {hours} hours, 请留意电话.",
        "After I check with the team I call you back personally ya.");
    p.closing(Disposition.UNRESOLVED,
        "Sorry ah, this one I cannot change from my side.",
        "System now cannot process, 你迟一点再试试.",
        "Sorry ah, 这个我这边 no authority to do.");
    p.closing(Disposition.TRANSFERRED,
        "I transfer you to the correct department, please hold ya.",
        "This one need specialist team, 我帮你 transfer.");
    p.thanks = Template.all("Okay, thank you ah.", "Wah good, thanks ya!", "Okay lor, thanks.", "Okay can, 谢谢.");
    p.unhappy = Template.all("Forget it lah.", "Okay but next time like that I sure complain.",
        "Still not settle leh...", "每次都这样 one.");
    p.farewell = Template.all("Thank you for calling, have a nice day ya.", "No problem, anything just contact us.",
        "Thank you, bye bye.");
    p.emailCustomerOpen = Template.all("Hi,", "Dear Sir/Madam,", "Hello {brand},");
    p.emailAgentOpen = Template.all("Dear customer,", "Thank you for contacting {brand}.");
    p.emailAgentClose = Template.all("Regards, {brand} Customer Care", "Any questions just reply this e-mail ya.");
    p.socialPrefix = Template.all("@NimbusTelecom ", "Oi @NimbusTelecom ", "");
    p.pii(PiiType.Kind.PHONE, "My number is {pii}, can call me back ya.", "号码是 {pii}, please check for me.");
    p.pii(PiiType.Kind.EMAIL, "Send to my email {pii} can already.", "My email {pii}, 发过来就好.");
    p.pii(PiiType.Kind.NATIONAL_ID, "My IC number is {pii}.", "ID is {pii}, you check lah.");
    p.pii(PiiType.Kind.CARD, "I paid using card {pii}, kena charged twice leh.",
        "Card number {pii}, refund back to this card can?");
    return p.validate();
  }

  private static void queries(LanguagePack p) {
    p.query(QueryType.BILLING_DISPUTE,
        s("My bill 怎么 so expensive one?",
            "Eh why this month bill got extra {money} ah? 我没有 subscribe 什么东西 leh.",
            "Hello, my bill 多了 {money}, can check for me or not?",
            "Why you all charge me two times this month?"),
        s("Last month only {money}, 这个月 suddenly so much.",
            "The bill say value-added service, 我从来没有 subscribe.",
            "I'm using {plan} only, 不应该有 extra charge one."),
        s("I see got one {money} VAS charge, 我先帮你 request refund.",
            "This one is last month outstanding, 我 email 你 the breakdown.",
            "This is third-party charge, I block for you and apply refund ya."));
    p.query(QueryType.ROAMING_ACTIVATION,
        s("I going {country} next week, 要 activate roaming how ah?",
            "Can help me on roaming or not? 我 {days} 天后 fly already.",
            "我在 airport already, roaming still cannot use leh!"),
        s("I go {days} days, day pass or data pack better ah?",
            "My plan is {plan}, roaming auto on or not?"),
        s("Roaming activated already, 建议 add {country} day pass, {money} per day.",
            "Around thirty minutes will activate, before fly remember restart phone ya.",
            "Got {gb}GB roaming pack for {country}, {days} days valid, 很适合你."));
    p.query(QueryType.ROAMING_BILL_SHOCK,
        s("Wah, I come back from {country} the bill {money}?! 这个 roaming charge 太夸张了 lah.",
            "I already buy the day pass, why still charge me {money} one?",
            "Roaming 才用 {days} days only, bill so high 怎么可能?"),
        s("In {country} I only use Google Maps and WhatsApp only.",
            "You all never SMS me warning, 我怎么知道 so expensive?"),
        s("Your phone connect to non-partner network in {country}, so day pass 没有 apply.",
            "This one I can apply one-time waiver for you.",
            "System got send alert after {money}, 我再帮你 double check."));
    p.query(QueryType.PLAN_UPGRADE,
        s("I want to upgrade to {newplan}, 现在的 {plan} data 不够用.",
            "Got any better 5G plan or not? 我的 contract 快 expire already.",
            "Can change my {plan} to {newplan} this month ah?"),
        s("Every month I use around {gb}GB, 常常 kena throttle.",
            "If upgrade can take {device} together or not?"),
        s("{newplan} is {money} per month, unlimited data, 24 months contract.",
            "Upgrade now got 20% off for first three months ya.",
            "With the upgrade {device} can zero upfront."));
    p.query(QueryType.DEVICE_SETUP,
        s("My new {device} cannot receive SMS leh, eSIM 要怎么 set?",
            "换了 new phone then cannot go online, need to set APN 吗?",
            "Transfer data to {device} already, voicemail 不能用 leh."),
        s("I restart many times already, still the same.",
            "Scan the QR code then keep say activation failed."),
        s("You go Settings, Mobile Network, APN change to internet then restart ya.",
            "I resend the eSIM QR code to your email, 五分钟内会收到.",
            "I re-provision your number, 等下 off and on your phone."));
    p.query(QueryType.NETWORK_OUTAGE,
        s("{place} here no signal since morning, 到底几时会好?",
            "Home fibre down {days} days already lah, 你们 got fix or not?",
            "Internet super slow at {place}, WhatsApp also cannot send 出去."),
        s("I stay at {place}, my neighbours also no signal.",
            "Restart already, change place already, still one bar only."),
        s("The tower at {place} under repair, tonight should be okay.",
            "I open fault ticket for you, technician will come within {hours} hours.",
            "{place} got equipment fault, engineers 已经在 site 处理."));
    p.query(QueryType.COMPENSATION_REQUEST,
        s("Last time line down {days} days, 你们 should compensate me right?",
            "I want rebate for the outage period, 不然不公平 lah.",
            "Because of your network I cannot work from home, 我要 claim compensation."),
        s("Those days I work from home, video call also cannot.",
            "Down so long still want charge full monthly fee ah?"),
        s("I apply rebate for the outage, {money} will credit in next bill.",
            "Compensation need supervisor approve, three to five working days ya.",
            "We can give you {gb}GB free data as compensation."));
    p.query(QueryType.CANCEL_SERVICE,
        s("I want to terminate my line, 要怎么 do?",
            "How much penalty if I cancel early ah? 我要 port out to {competitor}.",
            "Just cancel my account lah, 我不要了."),
        s("{competitor} give me cheaper plan leh.",
            "I use {days} years already, 从来没有 kena treat like this."),
        s("Early termination fee is {money}, plus device subsidy balance.",
            "Before you cancel, I can offer you special renewal discount ya.",
            "Port out need bring IC to store, around one working day."));
    p.query(QueryType.PASSWORD_RESET,
        s("I forgot my password, the app 一直 login 不到.",
            "Account kena locked already, how to unlock ah?",
            "OTP never come leh, 不能 reset password."),
        s("I try forgot password already but email never come.",
            "I change phone, the authenticator app 没有了."),
        s("I unlock your account already and send temporary password to your phone.",
            "You tap Forgot Password at the app home page, SMS verify then can reset."));
    p.query(QueryType.DELIVERY_STATUS,
        s("My {device} order {order} still haven't reach, 等了 {days} days already.",
            "SIM card 寄出了没有? Until now never receive.",
            "Tracking say delivered but 我根本没有收到 parcel 啊."),
        s("Website say three days can reach, now day {days} already.",
            "I call the courier, they say ask you all."),
        s("Your order {order} now at logistics centre, tomorrow should reach.",
            "I chase the courier for you, {hours} hours still not reach we resend ya."));
  }

  private static void moods(LanguagePack p) {
    p.mood(Mood.CALM,
        s("", "Hi,", "Hello, 想问一下,"),
        s("", "Thanks ya.", "麻烦你了."),
        s("Okay, how long ah?", "Okay, I need to do anything else or not?", "Oh like that, okay."));
    p.mood(Mood.CONFUSED,
        s("", "Sorry ah,", "我不太会这个,"),
        s("I don't really understand leh...", "我看了 instruction 还是不懂.", "Is it I press wrong button?"),
        s("So now I press where?", "Sorry, can say again ah?", "那个在哪里 can see?"));
    p.mood(Mood.ANXIOUS,
        s("", "Please help me ah,"),
        s("Please hurry leh, I need it urgently!", "Die lah, tomorrow I need to use already.",
            "Will my line kena cut or not?"),
        s("Today can settle or not? 我很急.", "If not in time how?", "Will affect my number or not?"));
    p.mood(Mood.ANGRY,
        s("", "I waited {mins} minutes already!", "This is my third time calling liao!"),
        s("你们到底 got do anything or not?", "Really too much lah!", "I waited {mins} minutes already!"),
        s("Every time ask me wait, I fed up already!", "Like that cannot accept lah!", "Call your manager come!"));
    p.mood(Mood.DISTRUSTFUL,
        s("", "I tell you first, I don't trust you all."),
        s("You all scammer is it?", "每次都说 will settle, 骗人的.", "I don't trust you all anymore lah.",
            "Purposely charge me is it?"),
        s("Sure or not? Last time also say refund, 结果没有.", "Give me in writing, 不然我不信.",
            "You all scammer lah, take money then don't admit."));
  }
}

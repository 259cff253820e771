package io.cxlake.generate;

/** English templates (expat and English-speaking customers in all regions). */
final class TextsEn {
  private TextsEn() {
  }

  private static String[] s(String... texts) {
    return texts;
  }

  static LanguagePack create() {
    LanguagePack p = new LanguagePack(Language.EN, " ");
    p.brand = "Nimbus Telecom";
    p.countries = s("Japan", "Korea", "Thailand", "the US", "Hong Kong", "Australia", "Europe", "Vietnam");
    p.devices = s("iPhone 16", "iPhone 15 Pro", "Galaxy S25", "Pixel 9", "OPPO Reno12", "Galaxy A55");
    p.bot = Template.all(
        "Hi, I'm Nimbo, the {brand} virtual assistant. How can I help you today?",
        "Welcome to {brand} live chat. Please describe your issue and we'll connect you to an agent.",
        "Hello! We're experiencing high chat volumes. An agent will be with you shortly.");
    p.ivr = Template.all(
        "Thank you for calling {brand}. All our agents are currently busy, please hold.",
        "Welcome to {brand}. For billing press 1, for network issues press 2, to speak to an agent press 9.",
        "Your call is important to us. Please stay on the line.");
    p.greetVoice = Template.all(
        "Thank you for calling {brand}, my name is {agent}. How may I help you today?",
        "Hi, this is {agent} from {brand}. What can I do for you?",
        "Good day, {brand} customer care, {agent} speaking.");
    p.greetWalkIn = Template.all(
        "Welcome to the {brand} store, how can I help you today?",
        "Hi, do you have a queue number? What can I help you with?",
        "Hello, I'm {agent}. Please have a seat, what brings you in today?");
    queries(p);
    moods(p);
    p.goal(Goal.FIX, "Can you please fix this for me?", "I just need this fixed.", "I need you to get this to work again.");
    p.goal(Goal.INFORM, "I'd just like some information on this.", "I only want to find out what's going on.", "Could you explain how this works?");
    p.goal(Goal.PURCHASE, "I'd like to sign up for it today.", "I want to buy it if the price is right.", "I'm ready to upgrade.");
    p.goal(Goal.COMPLAIN, "I want to file a complaint about this.", "I'm contacting you to complain.", "Please treat this as a formal complaint.");
    p.goal(Goal.CANCEL, "I want to cancel my contract.", "Please close my account.", "I'm going to terminate my service.");
    p.empathy = Template.all(
        "I'm really sorry for the trouble this has caused.",
        "I completely understand how frustrating this must be.",
        "Sorry to keep you waiting so long.",
        "I can imagine how stressful that is, and I apologise.");
    p.ownership = Template.all(
        "I'll take care of this for you.",
        "I'll personally make sure this gets sorted out.",
        "Let me handle this for you right now.",
        "I'll own this case from here, you won't need to explain it again.");
    p.acknowledge = Template.all("Okay, I see.", "Alright, let me check that.", "Sure, one moment please.",
        "Noted, let me pull up your account.");
    p.verify = Template.all(
        "To verify your identity, could you give me your mobile number or ID number?",
        "Could you leave a contact number for us?",
        "May I have the number on the account, please?");
    p.guarantee = Template.all(
        "We guarantee this will be fixed within {hours} hours, or you get one month's subscription back.",
        "Under our service promise, someone will get back to you within {hours} hours.",
        "That's covered by our service guarantee: if it isn't resolved in {hours} hours, this month is free.");
    p.churn = Template.all(
        "If this keeps happening I'm switching to {competitor}.",
        "I want a full refund, otherwise I'm cancelling.",
        "{competitor} is offering me a much cheaper plan, I'm thinking of porting out.",
        "If you don't refund me I'm filing a complaint with the regulator.",
        "I'm definitely not renewing, I'll go to {competitor}.");
    p.closing(Disposition.RESOLVED,
        "That's all fixed now. Is there anything else I can help you with?",
        "Done, it's all sorted on our side. Could you check it now?",
        "Everything's processed, you'll get an SMS confirmation shortly.");
    p.closing(Disposition.FOLLOW_UP,
        "I've logged a case and a specialist will contact you within three working days.",
        "We'll keep following up and send you an SMS once there's an update.");
    p.closing(Disposition.CALLBACK_PROMISED,
        "We'll call you back within {hours} hours, please keep your phone nearby.",
        "Once I've checked with the team I'll call you back personally.");
    p.closing(Disposition.UNRESOLVED,
        "I'm sorry, but I'm not able to change that from my side.",
        "Unfortunately the system can't process this at the moment, please try again later.",
        "I'm afraid there's nothing more I can do on this from here.");
    p.closing(Disposition.TRANSFERRED,
        "I'll transfer you to the team that handles this, please stay on the line.",
        "This needs our specialist team, let me put you through.");
    p.thanks = Template.all("Okay, thank you.", "Great, thanks for your help!", "Alright, thanks.",
        "Perfect, appreciate it.");
    p.unhappy = Template.all("Forget it, I'm done.", "Fine, but if this happens again I'm filing a complaint.",
        "So it's still not solved...", "This is always the same with you guys.");
    p.farewell = Template.all("Thank you for calling, have a nice day.",
        "You're welcome. Feel free to contact us anytime.", "Thanks for your patience, goodbye.");
    p.emailCustomerOpen = Template.all("Dear Customer Service,", "Hello,", "Hi {brand} team,");
    p.emailAgentOpen = Template.all("Dear valued customer,", "Thank you for writing to {brand}.");
    p.emailAgentClose = Template.all("Best regards, {brand} Customer Care",
        "If you have any other questions, simply reply to this e-mail.");
    p.socialPrefix = Template.all("@NimbusTelecom ", "Hey @NimbusTelecom, ", "");
    p.pii(PiiType.Kind.PHONE, "My number is {pii}, you can call me back on it.", "The line in question is {pii}.");
    p.pii(PiiType.Kind.EMAIL, "Please send the details to {pii}.", "My e-mail is {pii} if you need it.");
    p.pii(PiiType.Kind.NATIONAL_ID, "My ID number is {pii}.", "Here's my ID, {pii}, you can look me up.");
    p.pii(PiiType.Kind.CARD, "I paid with my card {pii} and got charged twice.",
        "Can you refund it to my card {pii}?");
    return p.validate();
  }

  private static void queries(LanguagePack p) {
    p.query(QueryType.BILLING_DISPUTE,
        s("Why is my bill {money} higher this month?",
            "There's a charge of {money} on my bill that I don't recognise.",
            "I've been charged twice for the same month.",
            "My bill went up by {money} and I never signed up for any add-ons."),
        s("Last month I only paid {money}, now it's way more.",
            "The breakdown says value-added services, but I never subscribed to anything.",
            "I'm on the {plan}, there shouldn't be any extra charges."),
        s("I can see a {money} value-added service charge, I'll request a refund for you first.",
            "It's last month's unpaid balance carried over, I'll e-mail you the breakdown.",
            "That's a third-party billing charge, I'll block those and request a refund."));
    p.query(QueryType.ROAMING_ACTIVATION,
        s("I'm flying to {country} in {days} days and need roaming turned on.",
            "How do I get data abroad? I'm travelling to {country} next week.",
            "I'm already at the airport and my roaming isn't active, can you switch it on now?"),
        s("I'll be there {days} days, is a day pass or a data pack better?",
            "I'm on the {plan}, does roaming turn on automatically?"),
        s("Roaming is now active, I'd suggest adding the {country} day pass at {money} a day.",
            "Roaming takes about thirty minutes to kick in, please restart your phone before you fly.",
            "There's a {gb}GB roaming pack for {country} valid {days} days, that fits your trip."));
    p.query(QueryType.ROAMING_BILL_SHOCK,
        s("I just got back from {country} and there's {money} in roaming charges on my bill!",
            "I bought the roaming day pass, so why was I charged {money} for data?",
            "{money} for {days} days of roaming? That's ridiculous."),
        s("I only used Google Maps and WhatsApp in {country}.",
            "Nobody sent me a warning SMS, how was I supposed to know?"),
        s("Your phone connected to a non-partner network in {country}, so the day pass didn't apply.",
            "I can request a one-time goodwill adjustment on the roaming charges.",
            "The system sends an alert above {money}, but let me double-check that for you."));
    p.query(QueryType.PLAN_UPGRADE,
        s("I'd like to upgrade from the {plan} to the {newplan}.",
            "Do you have a better 5G plan? I keep running out of data.",
            "My contract is ending soon, what upgrade offers do you have?"),
        s("I use about {gb}GB a month and keep getting throttled.",
            "If I upgrade, can I get a {device} with it?"),
        s("The {newplan} is {money} a month with unlimited data on a 24-month contract.",
            "If you upgrade now you get 20% off the first three months.",
            "With the upgrade you can take the {device} from zero upfront."));
    p.query(QueryType.DEVICE_SETUP,
        s("My new {device} can't receive SMS, how do I set up the eSIM?",
            "After switching SIMs to my new phone the data doesn't work, do I need to set an APN?",
            "Since moving everything to my {device}, voicemail has stopped working."),
        s("I've restarted it several times already, same thing.",
            "When I scan the QR code it keeps saying activation failed."),
        s("Please go to Settings, Mobile Network, set the APN to internet and restart.",
            "I'm re-sending the eSIM QR code to your e-mail, it should arrive in five minutes.",
            "I'll re-provision your number, please switch your phone off and on in a minute."));
    p.query(QueryType.NETWORK_OUTAGE,
        s("There's been no signal at all in {place} since this morning.",
            "My home internet has been down for {days} days, when will it be fixed?",
            "Data in {place} is painfully slow, I can't even send a message."),
        s("I live in {place} and my neighbours have no signal either.",
            "I've tried restarting and moving around, still just one bar."),
        s("The cell site in {place} is under repair, service should be back tonight.",
            "I've opened a fault ticket, a technician will visit within {hours} hours.",
            "There's an equipment fault in {place}, engineers are already on site."));
    p.query(QueryType.COMPENSATION_REQUEST,
        s("My line was down for {days} days, shouldn't I be compensated?",
            "I'd like a rebate for the outage period.",
            "Your outage cost me work, I'm asking for compensation."),
        s("I couldn't join any video calls while working from home.",
            "You can't charge the full monthly fee after an outage that long."),
        s("I've applied a rebate for the outage, {money} will be credited on your next bill.",
            "Compensation needs supervisor approval, it takes three to five working days.",
            "We can offer you {gb}GB of free data as compensation."));
    p.query(QueryType.CANCEL_SERVICE,
        s("I want to cancel my contract, how do I do that?",
            "What's the early termination fee if I cancel now?",
            "I'm porting my number to {competitor}, please process it."),
        s("{competitor} gave me a much cheaper plan.",
            "I've been with you for {days} years and never been treated like this."),
        s("The early termination fee is {money}, plus the remaining device subsidy.",
            "Before you cancel, I can offer you an exclusive renewal discount.",
            "Porting out takes about one working day once you bring your ID to a store."));
    p.query(QueryType.PASSWORD_RESET,
        s("I forgot my account password and can't log in to the app.",
            "My online account got locked after too many attempts, how do I unlock it?",
            "I'm not receiving the OTP, so I can't reset my password."),
        s("I tried the forgot password link but the e-mail never came.",
            "I changed phones and lost my authenticator app."),
        s("I've unlocked your account and sent a temporary password to your phone.",
            "Tap Forgot Password on the app's home screen and verify by SMS to reset it."));
    p.query(QueryType.DELIVERY_STATUS,
        s("My {device} order {order} still hasn't arrived.",
            "Has my SIM card been shipped? I've been waiting {days} days.",
            "Tracking says delivered but I never got the parcel."),
        s("The website said delivery in three days, it's day {days} now.",
            "I called the courier and they told me to ask you."),
        s("Your order {order} is at the logistics centre and should arrive tomorrow.",
            "I'll chase the courier, and if it's not there within {hours} hours we'll reship it."));
  }

  private static void moods(LanguagePack p) {
    p.mood(Mood.CALM,
        s("", "Hi there.", "Hello, I need some help."),
        s("", "Thanks in advance.", "Appreciate your help."),
        s("Okay, how long will that take?", "Got it, do I need to do anything else?", "I see, that makes sense."));
    p.mood(Mood.CONFUSED,
        s("", "Sorry, I'm not very good with this."),
        s("I don't really understand how this works...", "I read the instructions and I'm still lost.",
            "Did I do something wrong?"),
        s("So what do I tap now?", "Sorry, could you say that again?", "Where exactly do I find that?"));
    p.mood(Mood.ANXIOUS,
        s("", "Please, I need help quickly."),
        s("Please sort this out fast, it's urgent!", "I need it tomorrow, I'm really worried.",
            "Will my line get cut off?"),
        s("Can it be done today? I'm really stressed.", "What if it's not ready in time?",
            "Will this affect my number?"));
    p.mood(Mood.ANGRY,
        s("", "I've been on hold for {mins} minutes!", "This is the third time I'm calling about this!"),
        s("Is anyone actually dealing with this?", "This is unbelievable!", "I've been waiting {mins} minutes!"),
        s("You always tell me to wait, I've had enough!", "This is completely unacceptable!",
            "Put your manager on the line!"));
    p.mood(Mood.DISTRUSTFUL,
        s("", "Honestly, I don't trust you people."),
        s("Is this some kind of scam?", "You're scammers, charging for things I never ordered.",
            "I don't believe you, that's what you said last time.", "Are you charging me on purpose?"),
        s("Are you sure? Last time you promised a refund and nothing happened.",
            "Put it in writing or I won't believe it.", "You're a bunch of scammers, you take the money and deny it."));
  }
}

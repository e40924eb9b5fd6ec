namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>What is said in the corpus, per language and kind, in two disjoint sets: one for training and tuning, one held out.</summary>
internal static class CorpusTexts
{
    /// <summary>The phrases of one kind in one language: <c>[0]</c> for training and tuning, <c>[1]</c> held out.</summary>
    public static string[] Of(string language, SpeechKind kind, bool heldOut) => All[language][kind][heldOut ? 1 : 0];

    public static IEnumerable<string> Languages => All.Keys;

    private static readonly Dictionary<string, Dictionary<SpeechKind, string[][]>> All = new()
    {
        ["en"] = new()
        {
            [SpeechKind.Hello] = [["Hello?", "Hi.", "Hello, yes?"], ["Yeah, hello?", "Hello there?", "Yes?"]],
            [SpeechKind.Speaking] = [["Yes, speaking.", "This is Anna."], ["Speaking.", "Mark here."]],
            [SpeechKind.Introduction] = [["Hello, Maria Lopez speaking.", "Good morning, Peter Brown."], ["Hi, Daniel here, who is it?", "Accounts, Susan speaking."]],
            [SpeechKind.MachineShort] = [["Leave a message.", "Please leave a message."], ["Leave your message now.", "Speak after the tone."]],
            [SpeechKind.MachineMedium] = [["Hi, you've reached Anna. I can't take your call right now, so please leave a message.", "Hello, this is Tom's phone. Sorry I missed you, leave your name and number."], ["You have reached the voicemail of John Carter. Please leave a short message after the tone.", "Hey, it's Kate. I'm not available at the moment, leave a message and I'll call back."]],
            [SpeechKind.MachineLong] = [["Thank you for calling Northwind Trading. Our office is now closed. Our opening hours are Monday to Friday, nine to five. Please leave your name, your number and a short message after the tone, and we will return your call.", "You have reached the customer service line of Blue Harbour Insurance. All our advisers are busy or the office is closed. Please leave a detailed message including your policy number and we will get back to you within one working day."], ["Welcome to Contoso Medical Centre. If this is an emergency, please hang up and dial your local emergency number. Otherwise, leave your name, date of birth and a contact number, and a member of our team will call you back as soon as possible.", "Hello, and thank you for calling Fabrikam Logistics. Unfortunately we are unable to take your call at this time. Please state your name, company and reason for calling after the tone, and one of our coordinators will respond shortly."]],
            [SpeechKind.Announcement] = [["The number you have dialed is not in service. Please check the number and try again."], ["We're sorry, your call cannot be completed as dialed. Please hang up and try again."]],
        },
        ["ru"] = new()
        {
            [SpeechKind.Hello] = [["Алло?", "Да?", "Алло, слушаю."], ["Слушаю.", "Да, алло?", "Алё?"]],
            [SpeechKind.Speaking] = [["Да, это я.", "Слушаю вас."], ["Говорите.", "Да, Ольга."]],
            [SpeechKind.Introduction] = [["Алло, Мария Иванова слушает.", "Добрый день, Сергей Петров."], ["Здравствуйте, Андрей, кто это?", "Бухгалтерия, Елена слушает."]],
            [SpeechKind.MachineShort] = [["Оставьте сообщение.", "Говорите после сигнала."], ["Оставьте ваше сообщение.", "Пожалуйста, говорите."]],
            [SpeechKind.MachineMedium] = [["Здравствуйте, вы позвонили Анне. Я не могу ответить, пожалуйста, оставьте сообщение.", "Привет, это Дима. Перезвоню, как только смогу, оставь сообщение."], ["Вы позвонили на автоответчик Игоря Смирнова. Оставьте сообщение после сигнала.", "Добрый день, это Наташа. Сейчас я занята, оставьте сообщение, и я перезвоню."]],
            [SpeechKind.MachineLong] = [["Здравствуйте, вы позвонили в компанию Северный ветер. К сожалению, сейчас офис закрыт. Мы работаем с понедельника по пятницу с девяти до шести. Оставьте, пожалуйста, ваше имя, номер телефона и сообщение после сигнала.", "Вы позвонили в службу поддержки банка Восток. Все операторы заняты. Пожалуйста, оставьте подробное сообщение с номером договора, и мы свяжемся с вами в течение рабочего дня."], ["Добро пожаловать в медицинский центр Здоровье. Если у вас срочный случай, положите трубку и наберите номер скорой помощи. Иначе назовите ваше имя и телефон, и мы вам перезвоним.", "Здравствуйте, это транспортная компания Магистраль. Сейчас мы не можем ответить на ваш звонок. Назовите после сигнала имя, компанию и цель звонка, и наш менеджер ответит вам."]],
            [SpeechKind.Announcement] = [["Набранный вами номер не обслуживается. Проверьте номер и повторите попытку."], ["Неправильно набран номер. Положите трубку и наберите номер снова."]],
        },
        ["uk"] = new()
        {
            [SpeechKind.Hello] = [["Алло?", "Так?", "Алло, слухаю."], ["Слухаю.", "Так, алло?", "Алльо?"]],
            [SpeechKind.Speaking] = [["Так, це я.", "Слухаю вас."], ["Говоріть.", "Так, Оксана."]],
            [SpeechKind.Introduction] = [["Алло, Марія Коваленко слухає.", "Добрий день, Сергій Бондар."], ["Вітаю, Андрій, хто це?", "Бухгалтерія, Олена слухає."]],
            [SpeechKind.MachineShort] = [["Залиште повідомлення.", "Говоріть після сигналу."], ["Залиште ваше повідомлення.", "Будь ласка, говоріть."]],
            [SpeechKind.MachineMedium] = [["Вітаю, ви зателефонували Ганні. Я не можу відповісти, будь ласка, залиште повідомлення.", "Привіт, це Дмитро. Передзвоню, щойно зможу, залиш повідомлення."], ["Ви зателефонували на автовідповідач Ігоря Шевченка. Залиште повідомлення після сигналу.", "Добрий день, це Наталія. Зараз я зайнята, залиште повідомлення, і я передзвоню."]],
            [SpeechKind.MachineLong] = [["Вітаємо, ви зателефонували до компанії Північний вітер. На жаль, зараз офіс зачинено. Ми працюємо з понеділка по пʼятницю з девʼятої до шостої. Залиште, будь ласка, ваше імʼя, номер телефону та повідомлення після сигналу.", "Ви зателефонували до служби підтримки банку Схід. Усі оператори зайняті. Будь ласка, залиште докладне повідомлення з номером договору, і ми звʼяжемося з вами протягом робочого дня."], ["Ласкаво просимо до медичного центру Здоровʼя. Якщо у вас невідкладний випадок, покладіть слухавку і наберіть номер швидкої допомоги. Інакше назвіть ваше імʼя і телефон, і ми вам передзвонимо.", "Вітаємо, це транспортна компанія Магістраль. Зараз ми не можемо відповісти на ваш дзвінок. Назвіть після сигналу імʼя, компанію і мету дзвінка, і наш менеджер вам відповість."]],
            [SpeechKind.Announcement] = [["Номер, який ви набрали, не обслуговується. Перевірте номер і спробуйте ще раз."], ["Неправильно набраний номер. Покладіть слухавку і наберіть номер знову."]],
        },
        ["es"] = new()
        {
            [SpeechKind.Hello] = [["¿Hola?", "¿Diga?"], ["¿Sí?", "¿Bueno?"]],
            [SpeechKind.Speaking] = [["Sí, soy yo."], ["Al habla."]],
            [SpeechKind.Introduction] = [["Hola, Carmen García al habla."], ["Buenos días, habla Javier."]],
            [SpeechKind.MachineShort] = [["Deje su mensaje."], ["Hable después de la señal."]],
            [SpeechKind.MachineMedium] = [["Hola, has llamado a Lucía. Ahora no puedo contestar, deja tu mensaje."], ["Ha llamado al buzón de voz de Pedro Sánchez. Deje su mensaje después de la señal."]],
            [SpeechKind.MachineLong] = [["Gracias por llamar a Comercial del Norte. Nuestra oficina está cerrada. Nuestro horario es de lunes a viernes de nueve a cinco. Por favor, deje su nombre, su número y un breve mensaje después de la señal."], ["Bienvenido al centro médico Salud. Si se trata de una urgencia, cuelgue y llame al número de emergencias. Si no, deje su nombre y un teléfono de contacto y le llamaremos lo antes posible."]],
            [SpeechKind.Announcement] = [["El número marcado no existe. Por favor, compruebe el número."], ["No es posible completar su llamada. Cuelgue e inténtelo de nuevo."]],
        },
        ["de"] = new()
        {
            [SpeechKind.Hello] = [["Hallo?", "Ja, bitte?"], ["Ja?", "Hallo, ja?"]],
            [SpeechKind.Speaking] = [["Ja, am Apparat."], ["Schmidt hier."]],
            [SpeechKind.Introduction] = [["Guten Tag, Anna Weber hier."], ["Müller am Apparat, bitte?"]],
            [SpeechKind.MachineShort] = [["Bitte sprechen Sie."], ["Nachricht nach dem Ton."]],
            [SpeechKind.MachineMedium] = [["Hallo, Sie haben Klaus erreicht. Ich bin gerade nicht da, bitte hinterlassen Sie eine Nachricht."], ["Sie sind verbunden mit der Mailbox von Petra Schulz. Bitte sprechen Sie nach dem Signalton."]],
            [SpeechKind.MachineLong] = [["Vielen Dank für Ihren Anruf bei Nordwind Handel. Unser Büro ist zurzeit geschlossen. Unsere Öffnungszeiten sind Montag bis Freitag von neun bis siebzehn Uhr. Bitte hinterlassen Sie Ihren Namen und Ihre Nummer nach dem Signalton."], ["Willkommen bei der Praxis Gesundheit. In dringenden Fällen legen Sie bitte auf und wählen den Notruf. Ansonsten nennen Sie bitte Ihren Namen und Ihre Telefonnummer, wir rufen Sie zurück."]],
            [SpeechKind.Announcement] = [["Kein Anschluss unter dieser Nummer. Bitte überprüfen Sie die Nummer."], ["Die gewählte Rufnummer ist nicht vergeben. Bitte legen Sie auf."]],
        },
        ["fr"] = new()
        {
            [SpeechKind.Hello] = [["Allô?", "Oui, allô?"], ["Oui?", "Allô, oui?"]],
            [SpeechKind.Speaking] = [["Oui, c'est moi."], ["Elle-même."]],
            [SpeechKind.Introduction] = [["Bonjour, Claire Martin à l'appareil."], ["Allô, ici Julien, oui?"]],
            [SpeechKind.MachineShort] = [["Laissez un message."], ["Parlez après le bip."]],
            [SpeechKind.MachineMedium] = [["Bonjour, vous êtes bien chez Sophie. Je ne peux pas répondre, laissez-moi un message."], ["Vous êtes sur la messagerie de Luc Bernard. Laissez votre message après le signal sonore."]],
            [SpeechKind.MachineLong] = [["Merci d'avoir appelé Vent du Nord. Nos bureaux sont actuellement fermés. Nous sommes ouverts du lundi au vendredi de neuf heures à dix-sept heures. Veuillez laisser votre nom, votre numéro et un court message après le bip."], ["Bienvenue au centre médical Santé. En cas d'urgence, raccrochez et composez le numéro des urgences. Sinon, laissez votre nom et un numéro de téléphone, nous vous rappellerons dès que possible."]],
            [SpeechKind.Announcement] = [["Le numéro que vous avez demandé n'est pas attribué. Veuillez vérifier le numéro."], ["Votre appel ne peut aboutir. Veuillez raccrocher et réessayer."]],
        },
    };
}

/// <summary>The kinds of thing said in the corpus.</summary>
internal enum SpeechKind
{
    Hello,
    Speaking,
    Introduction,
    MachineShort,
    MachineMedium,
    MachineLong,
    Announcement,
}

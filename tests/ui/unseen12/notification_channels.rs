// Notifications sent through a trait with a default method, taken as `impl Trait`, generics with where, and a Vec of boxes.
trait Channel {
    fn name(&self) -> &str;
    fn max_len(&self) -> usize;
    fn deliver(&self, to: &str, text: &str) -> String;

    fn send(&self, to: &str, text: &str) -> String {
        let fitted: String = if text.chars().count() > self.max_len() {
            let cut: String = text.chars().take(self.max_len() - 3).collect();
            cut + "..."
        } else {
            text.to_string()
        };
        self.deliver(to, &fitted)
    }
}

struct Email {
    from: String,
}

struct Sms;

struct Push {
    app: &'static str,
    badge: u32,
}

impl Channel for Email {
    fn name(&self) -> &str {
        "email"
    }
    fn max_len(&self) -> usize {
        200
    }
    fn deliver(&self, to: &str, text: &str) -> String {
        format!("From: {}\nTo: {}\n\n{}", self.from, to, text)
    }
}

impl Channel for Sms {
    fn name(&self) -> &str {
        "sms"
    }
    fn max_len(&self) -> usize {
        20
    }
    fn deliver(&self, to: &str, text: &str) -> String {
        format!("SMS {}: {}", to, text)
    }
}

impl Channel for Push {
    fn name(&self) -> &str {
        self.app
    }
    fn max_len(&self) -> usize {
        30
    }
    fn deliver(&self, to: &str, text: &str) -> String {
        format!("[{} ({})] @{} {}", self.app, self.badge, to, text)
    }
}

fn announce(ch: &impl Channel, people: &[&str], text: &str) -> usize {
    people.iter().map(|p| ch.send(p, text)).map(|m| { println!("{}", m); m.len() }).sum()
}

fn loudest<C>(channels: &[C]) -> Option<&str>
where
    C: AsRef<dyn Channel>,
{
    channels.iter().map(|c| c.as_ref()).max_by_key(|c| c.max_len()).map(|c| c.name())
}

fn main() {
    let text = "Server maintenance tonight from 22:00 to 23:30";
    let total = announce(&Sms, &["+3361234", "+3369876"], text);
    println!("sms bytes: {}", total);
    announce(&Email { from: String::from("ops@example.com") }, &["team@example.com"], text);
    let all: Vec<Box<dyn Channel>> = vec![Box::new(Sms), Box::new(Push { app: "chat", badge: 3 }), Box::new(Email { from: String::from("x@y") })];
    for ch in &all {
        println!("{:>6}: {}", ch.name(), ch.send("ana", "short note"));
    }
    println!("longest messages: {:?}", loudest(&all));
}

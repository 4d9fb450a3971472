// Traits with default methods, a generic function over `impl Trait`, and trait objects.
trait Notify {
    fn recipient(&self) -> String;
    fn body(&self) -> String;
    fn render(&self) -> String {
        format!("To {}: {}", self.recipient(), self.body())
    }
    fn urgent(&self) -> bool {
        false
    }
}

struct Sms {
    number: String,
    text: String,
}

struct Email {
    to: String,
    subject: String,
    lines: Vec<String>,
}

impl Notify for Sms {
    fn recipient(&self) -> String {
        self.number.clone()
    }
    fn body(&self) -> String {
        let mut t = self.text.clone();
        if t.len() > 20 {
            t.truncate(17);
            t.push_str("...");
        }
        t
    }
}

impl Notify for Email {
    fn recipient(&self) -> String {
        format!("<{}>", self.to)
    }
    fn body(&self) -> String {
        format!("[{}] {}", self.subject, self.lines.join(" / "))
    }
    fn urgent(&self) -> bool {
        self.subject.starts_with('!')
    }
}

fn send(n: &impl Notify) {
    let flag = if n.urgent() { "URGENT " } else { "" };
    println!("{}{}", flag, n.render());
}

fn count_urgent(all: &[&dyn Notify]) -> usize {
    all.iter().filter(|n| n.urgent()).count()
}

fn main() {
    let s = Sms { number: "+33 6 12".to_string(), text: "your parcel arrives tomorrow morning".to_string() };
    let e1 = Email { to: "a@b.c".to_string(), subject: "!server down".to_string(), lines: vec!["disk full".into(), "restart".into()] };
    let e2 = Email { to: "x@y.z".to_string(), subject: "lunch".to_string(), lines: vec![] };
    send(&s);
    send(&e1);
    send(&e2);
    let all: Vec<&dyn Notify> = vec![&s, &e1, &e2];
    println!("urgent: {} of {}", count_urgent(&all), all.len());
}

// The Gang-of-Four observer: a Subject owning Vec<Box<dyn Observer>> whose observers keep their own state.
trait Observer {
    fn notify(&mut self, topic: &str, value: i32);
    fn name(&self) -> String;
    fn summary(&self) -> String {
        format!("{} (no summary)", self.name())
    }
}

struct Logger {
    lines: Vec<String>,
}

struct Stats {
    count: u32,
    sum: i64,
    max: Option<i32>,
}

struct Threshold {
    limit: i32,
    alarms: u32,
}

impl Observer for Logger {
    fn notify(&mut self, topic: &str, value: i32) {
        self.lines.push(format!("{}={}", topic, value));
    }
    fn name(&self) -> String {
        "logger".to_string()
    }
    fn summary(&self) -> String {
        format!("logger saw [{}]", self.lines.join(", "))
    }
}

impl Observer for Stats {
    fn notify(&mut self, _topic: &str, value: i32) {
        self.count += 1;
        self.sum += value as i64;
        self.max = Some(self.max.map_or(value, |m| m.max(value)));
    }
    fn name(&self) -> String {
        "stats".to_string()
    }
    fn summary(&self) -> String {
        let avg = if self.count == 0 { 0.0 } else { self.sum as f64 / self.count as f64 };
        format!("stats: n={} avg={:.2} max={:?}", self.count, avg, self.max)
    }
}

impl Observer for Threshold {
    fn notify(&mut self, topic: &str, value: i32) {
        if value > self.limit {
            self.alarms += 1;
            println!("  ALARM on {}: {} > {}", topic, value, self.limit);
        }
    }
    fn name(&self) -> String {
        format!("threshold({})", self.limit)
    }
}

struct Subject {
    observers: Vec<Box<dyn Observer>>,
}

impl Subject {
    fn new() -> Self {
        Subject { observers: Vec::new() }
    }
    fn attach(&mut self, o: Box<dyn Observer>) {
        println!("attached {}", o.name());
        self.observers.push(o);
    }
    fn publish(&mut self, topic: &str, value: i32) {
        for o in self.observers.iter_mut() {
            o.notify(topic, value);
        }
    }
    fn detach(&mut self, name: &str) -> bool {
        let before = self.observers.len();
        self.observers.retain(|o| o.name() != name);
        before != self.observers.len()
    }
}

fn main() {
    let mut subject = Subject::new();
    subject.attach(Box::new(Logger { lines: vec![] }));
    subject.attach(Box::new(Stats { count: 0, sum: 0, max: None }));
    subject.attach(Box::new(Threshold { limit: 50, alarms: 0 }));

    let readings = [("temp", 21), ("temp", 55), ("humidity", 40), ("temp", 70)];
    for (topic, value) in readings.iter() {
        subject.publish(topic, *value);
    }
    println!("detached logger: {}", subject.detach("logger"));
    println!("detached logger again: {}", subject.detach("logger"));
    subject.publish("pressure", -3);
    for o in &subject.observers {
        println!("{}", o.summary());
    }
}

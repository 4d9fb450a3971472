// Closures stored in structs: a Vec of boxed Fn handlers, a generic struct over F: Fn, FnMut counters.
struct EventBus {
    handlers: Vec<(String, Box<dyn Fn(i32) -> Option<String>>)>,
}

impl EventBus {
    fn new() -> Self {
        EventBus { handlers: Vec::new() }
    }

    fn on(&mut self, name: &str, f: Box<dyn Fn(i32) -> Option<String>>) {
        self.handlers.push((name.to_string(), f));
    }

    fn emit(&self, value: i32) -> Vec<String> {
        self.handlers
            .iter()
            .filter_map(|(name, h)| h(value).map(|msg| format!("{}: {}", name, msg)))
            .collect()
    }
}

struct Validator<F>
where
    F: Fn(&str) -> bool,
{
    rule: F,
    label: &'static str,
}

impl<F: Fn(&str) -> bool> Validator<F> {
    fn check(&self, input: &str) -> Result<(), String> {
        if (self.rule)(input) { Ok(()) } else { Err(format!("{} failed for {:?}", self.label, input)) }
    }
}

fn make_threshold(limit: i32) -> impl Fn(i32) -> Option<String> {
    move |v| if v > limit { Some(format!("{} exceeds {}", v, limit)) } else { None }
}

fn main() {
    let mut bus = EventBus::new();
    let unit = String::from("°C");
    bus.on("log", Box::new(move |v| Some(format!("value {}{}", v, unit))));
    bus.on("high", Box::new(make_threshold(30)));
    bus.on("neg", Box::new(|v| if v < 0 { Some("below zero".to_string()) } else { None }));
    for v in [12, 35, -4] {
        for line in bus.emit(v) {
            println!("{}", line);
        }
    }

    let min_len = 3;
    let v1 = Validator { rule: |s: &str| s.len() >= min_len, label: "length" };
    let v2 = Validator { rule: |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric()), label: "alnum" };
    for input in ["ok", "rusty", "no way"] {
        let r1 = v1.check(input);
        let r2 = v2.check(input);
        println!("{:<8} {:?} {:?}", input, r1, r2);
    }

    let mut calls = 0;
    let mut counted = |x: i32| {
        calls += 1;
        x * x
    };
    let squares: Vec<i32> = (1..=4).map(|x| counted(x)).collect();
    println!("squares {:?} after {} calls", squares, calls);

    let names = vec![String::from("a"), String::from("bb")];
    let consume = move || names.into_iter().map(|s| s.len()).sum::<usize>();
    println!("consumed total length {}", consume());
}

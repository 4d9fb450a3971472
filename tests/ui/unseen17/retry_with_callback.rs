// Callbacks taking closures, as in JavaScript: a retry helper over FnMut() -> Result, a timing wrapper, and map_err chains.
fn retry<T, F>(label: &str, attempts: u32, mut op: F) -> Result<T, String>
where
    F: FnMut(u32) -> Result<T, String>,
{
    let mut errors: Vec<String> = Vec::new();
    for attempt in 1..=attempts {
        match op(attempt) {
            Ok(v) => {
                println!("{}: succeeded on attempt {}", label, attempt);
                return Ok(v);
            }
            Err(e) => {
                println!("{}: attempt {} failed: {}", label, attempt, e);
                errors.push(e);
            }
        }
    }
    Err(format!("{} gave up after {} attempts ({})", label, attempts, errors.join("; ")))
}

fn with_logging<F: Fn(i32) -> i32>(name: &str, f: F) -> impl Fn(i32) -> i32 {
    let name = name.to_string();
    move |x| {
        let y = f(x);
        println!("{}({}) = {}", name, x, y);
        y
    }
}

struct FlakyServer {
    fail_until: u32,
    calls: u32,
}

impl FlakyServer {
    fn fetch(&mut self, key: &str) -> Result<String, String> {
        self.calls += 1;
        if self.calls < self.fail_until {
            Err(format!("timeout #{}", self.calls))
        } else {
            Ok(format!("value-of-{}", key))
        }
    }
}

fn main() {
    let mut server = FlakyServer { fail_until: 3, calls: 0 };
    let r = retry("fetch", 5, |_| server.fetch("color"));
    println!("result: {:?}, server calls: {}", r, server.calls);

    let mut never = FlakyServer { fail_until: 100, calls: 0 };
    let r: Result<String, String> = retry("never", 2, |n| never.fetch(&format!("k{}", n)));
    println!("result: {:?}", r);

    let inputs = ["12", "x", "7"];
    let parsed = retry("parse", 3, |n| {
        let text = inputs[(n - 1) as usize];
        text.parse::<i32>().map_err(|e| e.to_string()).and_then(|v| if v > 10 { Err(format!("{} too big", v)) } else { Ok(v) })
    });
    println!("parsed: {:?}", parsed);

    let double = with_logging("double", |x| x * 2);
    let offset = 5;
    let shift = with_logging("shift", move |x| x + offset);
    let composed: Vec<i32> = (1..=3).map(|x| shift(double(x))).collect();
    println!("composed: {:?}", composed);
}

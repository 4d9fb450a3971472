// Chapter 6/10: an enum with impl, a trait with an associated function, and exhaustive matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Light {
    Red,
    Yellow,
    Green,
}

trait Timed {
    fn duration(&self) -> u32;
    fn describe() -> &'static str;
}

impl Timed for Light {
    fn duration(&self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }
    fn describe() -> &'static str {
        "traffic light"
    }
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
}

fn main() {
    println!("a {}", Light::describe());
    let mut l = Light::Red;
    let mut elapsed = 0;
    for _ in 0..7 {
        elapsed += l.duration();
        println!("{:?} for {}s (t={})", l, l.duration(), elapsed);
        l = l.next();
    }
    let mut seen = vec![Light::Green, Light::Red, Light::Yellow, Light::Red];
    seen.sort();
    seen.dedup();
    println!("{:?}", seen);
    println!("{}", Light::Red < Light::Green);
    println!("{:?}", seen.iter().max());
    let n = Light::Yellow as i32;
    println!("{n}");
    let code = match elapsed {
        0 => "none",
        1..=99 => "short",
        100..=199 => "medium",
        _ => "long",
    };
    println!("{code}");
}

// Enums: a traffic-light and vending state machine, methods consuming self, exhaustive matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
    fn seconds(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }
}

#[derive(Debug)]
enum Vending {
    Idle,
    HasMoney(u32),
    Dispensing { item: String, change: u32 },
}

#[derive(Debug)]
enum Input {
    Coin(u32),
    Select(&'static str, u32),
    Cancel,
}

fn step(state: Vending, input: Input) -> Vending {
    match (state, input) {
        (Vending::Idle, Input::Coin(c)) => Vending::HasMoney(c),
        (Vending::HasMoney(m), Input::Coin(c)) => Vending::HasMoney(m + c),
        (Vending::HasMoney(m), Input::Select(name, price)) if m >= price => {
            Vending::Dispensing { item: name.to_string(), change: m - price }
        }
        (Vending::HasMoney(m), Input::Cancel) => {
            println!("refund {m}");
            Vending::Idle
        }
        (Vending::Dispensing { item, change }, _) => {
            println!("took {item}, change {change}");
            Vending::Idle
        }
        (s, i) => {
            println!("ignored {:?} in {:?}", i, s);
            s
        }
    }
}

fn main() {
    let mut l = Light::Red;
    let mut elapsed = 0;
    for _ in 0..5 {
        elapsed += l.seconds();
        l = l.next();
    }
    println!("{:?} after {elapsed}s", l);
    let inputs = vec![
        Input::Select("gum", 1),
        Input::Coin(2),
        Input::Select("chips", 3),
        Input::Coin(2),
        Input::Select("chips", 3),
        Input::Cancel,
        Input::Coin(5),
        Input::Cancel,
    ];
    let mut s = Vending::Idle;
    for i in inputs {
        s = step(s, i);
        println!("-> {:?}", s);
    }
}

// Display impls honouring width/precision through f.pad and the Formatter's flags; Debug via debug_struct.
use std::fmt;

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.cents / 100, self.cents % 100);
        if let Some(w) = f.width() {
            write!(f, "{:>w$}", s, w = w)
        } else {
            write!(f, "{}", s)
        }
    }
}

struct Temp(f64);

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(1);
        if f.alternate() {
            write!(f, "{:.*}°F", p, self.0 * 9.0 / 5.0 + 32.0)
        } else {
            write!(f, "{:.*}°C", p, self.0)
        }
    }
}

struct Secret {
    user: String,
    pin: u16,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("user", &self.user).field("pin", &"****").finish()
    }
}

fn main() {
    let n = Name(String::from("Ferris"));
    println!("[{}] [{:>10}] [{:<10}] [{:^10}] [{:.3}] [{:*^12}]", n, n, n, n, n, n);
    let m = Money { cents: 123456 };
    println!("[{}] [{:12}]", m, m);
    let t = Temp(21.5);
    println!("{} {:.3} {:#} {:#.0}", t, t, t, t);
    let s = Secret { user: "root".to_string(), pin: 1234 };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("pin len {}", s.pin.to_string().len());
    let list = vec![Name("a".into()), Name("bb".into())];
    let rendered: Vec<String> = list.iter().map(|x| format!("<{:>4}>", x)).collect();
    println!("{}", rendered.join(""));
    let tbl = [("x", 1.0), ("yy", 22.25)];
    for (k, v) in tbl {
        println!("{:>4}|{:<8.3}|{:^+9.1}|", k, v, v);
    }
}

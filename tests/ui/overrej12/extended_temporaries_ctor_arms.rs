// temporary lifetime extension through tuple-struct/variant constructor arguments and if/match arms
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Wrap<'a>(&'a Noisy, u8);
fn make(n: &'static str) -> Noisy {
    Noisy(n)
}
fn main() {
    let flag = std::env::args().count() > 0;
    let a = &Some(&make("a"));
    let w = Wrap(&make("w"), 1);
    let b = if flag { &make("then") } else { &make("else") };
    let m = match w.1 {
        0 => &make("zero"),
        _ => &make("other"),
    };
    let t = Some(&(1, make("tuple")));
    let s = &String::from("text");
    println!("{} {} {} {} {} {}", a.unwrap().0, w.0.0, b.0, m.0, t.unwrap().1.0, s);
    {
        let inner = Some(&make("inner"));
        println!("in block {}", inner.is_some());
    }
    let _not_extended = Some(make("temp").0);
    println!("end of main");
}

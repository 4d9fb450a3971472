//@ compile-fail
// Reading a field without `self.` inside a method.
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        w * self.h //~ ERROR E0425
    }
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    println!("{}", r.area());
}

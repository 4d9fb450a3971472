//@ compile-fail
// A user method taking an argument is read like a field: E0615, suggesting the call with `_`.
struct Meter {
    total: f64,
}

impl Meter {
    fn scaled(&self, factor: f64) -> f64 {
        self.total * factor
    }
}

fn main() {
    let m = Meter { total: 2.5 };
    let r = &m;
    let s = r.scaled; //~ ERROR E0615
    println!("{} {}", s, m.total);
}

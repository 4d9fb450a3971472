//@ compile-fail
// A reset function takes &Counter and assigns to its field.
struct Counter {
    count: u32,
}

fn reset(c: &Counter) {
    c.count = 0; //~ ERROR E0594
}

fn main() {
    let mut c = Counter { count: 9 };
    c.count += 1;
    reset(&c);
    println!("{}", c.count);
}

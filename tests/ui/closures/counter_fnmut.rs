// A closure that owns mutable state, returned from a function as impl FnMut.
fn make_counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut current = start;
    move || {
        let v = current;
        current += step;
        v
    }
}

fn main() {
    let mut a = make_counter(0, 1);
    let mut b = make_counter(100, 10);
    println!("{} {} {}", a(), a(), a());
    println!("{} {}", b(), b());
    println!("{}", a());
}

//@ compile-fail
// A struct storing a boxed closure that borrows a shorter-lived local.
struct Task<'a> {
    run: Box<dyn Fn() -> i32 + 'a>,
}

fn main() {
    let t;
    {
        let n = 4;
        t = Task { run: Box::new(|| n * 2) }; //~ ERROR E0597
    }
    println!("{}", (t.run)());
}

// Closures coerced to `dyn Fn`/`dyn FnMut` or returned as `impl FnMut` within what their trait allows (no E0594/E0525).
fn call(f: &dyn Fn() -> usize) -> usize {
    f()
}
fn counter(mut n: u32) -> impl FnMut() -> u32 {
    move || {
        n += 1;
        n
    }
}
fn boxed(s: String) -> Box<dyn Fn() -> usize> {
    Box::new(move || s.len())
}
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", call(&|| v.len()));
    let mut total = 0;
    {
        let mut add: Box<dyn FnMut(u32)> = Box::new(|x| total += x);
        add(2);
        add(3);
    }
    println!("{}", total);
    let mut c = counter(5);
    c();
    println!("{}", c());
    println!("{}", boxed(String::from("abc"))());
    let read = || v.iter().sum::<i32>();
    let r: &dyn Fn() -> i32 = &read;
    println!("{}", r());
}

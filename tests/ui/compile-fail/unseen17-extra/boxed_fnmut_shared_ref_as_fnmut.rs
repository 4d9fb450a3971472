//@ compile-fail
// `&Box<dyn FnMut() -> u32>` passed to a generic `F: FnMut`: `&F` is callable only when `F: Fn`.
fn call<F: FnMut() -> u32>(mut f: F) -> u32 {
    f()
}

fn main() {
    let mut n = 0;
    let next: Box<dyn FnMut() -> u32> = Box::new(move || {
        n += 1;
        n
    });
    println!("{}", call(&next)); //~ ERROR E0277
}

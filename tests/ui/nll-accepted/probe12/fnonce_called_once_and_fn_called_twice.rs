// A `FnOnce` closure called once; a `Fn` closure called twice; a `FnMut` through `&mut`.
fn call_mut<F: FnMut()>(f: &mut F) {
    f();
}
fn main() {
    let s = String::from("a");
    let once = move || s;
    let got = once();
    let t = String::from("b");
    let twice = || t.len();
    let n = twice() + twice();
    let mut k = 0;
    let mut inc = || k += 1;
    call_mut(&mut inc);
    call_mut(&mut inc);
    println!("{got} {n} {k}");
}

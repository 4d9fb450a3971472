// A closure calling a captured `f: &mut dyn FnMut()` or `&mut F` uniquely borrows `*f`: no `mut f` is needed, and `f` is usable again after.
fn call_n(f: &mut dyn FnMut() -> i32, n: usize) -> Vec<i32> {
    let v: Vec<i32> = (0..n).map(|_| f()).collect();
    let last = f();
    let mut again = || f() * 10;
    println!("{} {}", last, again());
    v
}

fn call_g<F: FnMut() -> i32>(f: &mut F, n: usize) -> i32 {
    (0..n).map(|_| f()).sum()
}

fn each(items: &[&str], cb: &mut dyn FnMut(&str)) {
    items.iter().for_each(|s| cb(s));
}

fn main() {
    let mut k = 0;
    let mut c = || {
        k += 1;
        k
    };
    println!("{:?}", call_n(&mut c, 2));
    println!("{}", call_g(&mut c, 3));
    let mut seen = String::new();
    each(&["a", "b"], &mut |s| seen.push_str(s));
    println!("{}", seen);
}

// Boxed trait-object closures used where a callable is expected: `&mut Box<dyn FnMut>` as `&mut dyn FnMut` or a generic `F: FnMut`, `&Box<dyn Fn>` as `&dyn Fn`, a box by value (std's Fn* impls for Box<F>, &F and &mut F).
fn call_n(f: &mut dyn FnMut() -> i32, n: usize) -> Vec<i32> {
    (0..n).map(|_| f()).collect()
}

fn twice<F: FnMut() -> i32>(mut f: F) -> i32 {
    f() + f()
}

fn show(f: &dyn Fn(&str) -> String, x: &str) -> String {
    f(x)
}

fn apply_all<F: Fn(i32) -> i32>(f: F, xs: &[i32]) -> Vec<i32> {
    xs.iter().map(|&x| f(x)).collect()
}

fn make_counter(step: i32) -> Box<dyn FnMut() -> i32> {
    let mut n = 0;
    Box::new(move || {
        n += step;
        n
    })
}

fn main() {
    let mut c = make_counter(2);
    println!("{:?}", call_n(&mut c, 3));
    println!("{}", twice(&mut c));
    println!("{}", c());

    let tag = String::from("#");
    let fmt: Box<dyn Fn(&str) -> String> = Box::new(move |s| format!("{}{}", tag, s));
    println!("{} {}", show(&fmt, "a"), show(&*fmt, "b"));
    println!("{}", twice(&mut make_counter(5)));

    let double: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 2);
    println!("{:?}", apply_all(&double, &[1, 2, 3]));
    let mapped: Vec<i32> = vec![4, 5].into_iter().map(&double).collect();
    println!("{:?}", mapped);
    println!("{:?}", apply_all(double, &[7]));

    let mut counters: Vec<Box<dyn FnMut() -> i32>> = vec![make_counter(1), make_counter(10)];
    for k in counters.iter_mut() {
        println!("{:?}", call_n(k, 2));
    }
    let totals: Vec<i32> = counters.iter_mut().map(|k| twice(k)).collect();
    println!("{:?}", totals);
}

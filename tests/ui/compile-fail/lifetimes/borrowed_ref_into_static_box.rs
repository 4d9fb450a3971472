//@ compile-fail
// A borrowed parameter stored in a Box<dyn Fn()> that must be 'static.
fn store(v: &Vec<i32>, out: &mut Vec<Box<dyn Fn() -> usize>>) {
    out.push(Box::new(move || v.len())); //~ ERROR lifetime may not live long enough
}

fn main() {
    let data = vec![1, 2];
    let mut fns = Vec::new();
    store(&data, &mut fns);
    println!("{}", fns[0]());
}

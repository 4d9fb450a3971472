// A closure calling a `&mut self` method on `r: &mut Vec<i32>` reborrows `*r` (it is FnMut, not FnOnce):
// it can be called twice, and `r` is usable again after its last call.
fn fill(v: &mut Vec<i32>) {
    let r = v;
    let mut push = |x: i32| r.push(x * 10);
    push(1);
    push(2);
    r.push(3);
    let count = || r.len();
    println!("{}", count());
}

fn main() {
    let mut v = vec![0];
    fill(&mut v);
    let r = &mut v;
    let mut add = |x| r.push(x);
    add(4);
    add(5);
    r.sort();
    println!("{v:?}");
}

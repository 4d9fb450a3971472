// A boxed `dyn FnMut() + '_` borrowing `n` mutably, dropped with `drop(g)`: `n` may be read after the drop.
fn main() {
    let mut n = 0;
    let mut g: Box<dyn FnMut() + '_> = Box::new(|| n += 1);
    g();
    g();
    drop(g);
    println!("n = {}", n);
    let mut log = Vec::new();
    let mut h: Box<dyn FnMut(&str)> = Box::new(|s| log.push(s.to_string()));
    h("one");
    h("two");
    drop(h);
    println!("{:?}", log);
}

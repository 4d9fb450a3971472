// Drop order of an array whose elements a pattern moves out: rustc's ladder (kept runs, then moved slots, backwards).
struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn pick(flag: bool) {
    let noisy = [N("p"), N("q"), N("r")];
    if flag {
        let [_, q, _] = noisy;
        println!("moved {}", q.0);
    }
    println!("end {flag}");
}
fn main() {
    pick(false);
    pick(true);
    {
        let noisy = [N("a"), N("b"), N("c"), N("d")];
        let [_, keep @ .., _] = noisy;
        println!("1 {}", keep.len());
    }
    {
        let noisy = [N("a"), N("b"), N("c"), N("d")];
        let [_, b, _, _] = noisy;
        println!("2 {}", b.0);
    }
    {
        let noisy = [N("a"), N("b"), N("c"), N("d"), N("e")];
        let [_, x, _, y, _] = noisy;
        println!("3 {} {}", x.0, y.0);
    }
    {
        let noisy = [N("a"), N("b"), N("c"), N("d"), N("e")];
        let [_, keep @ .., _, _] = noisy;
        println!("4 {}", keep.len());
    }
}

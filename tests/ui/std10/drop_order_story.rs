// Drop order story
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
struct Pair { a: Noisy, b: Noisy }
fn make(n: &'static str) -> Noisy { println!("make {n}"); Noisy(n) }
fn main() {
    let _x = make("x");
    let _ = make("ignored");
    let p = Pair { a: make("pa"), b: make("pb") };
    {
        let v = vec![make("v1"), make("v2")];
        println!("inner {}", v.len());
    }
    let moved = p.a;
    println!("moved {}", moved.0);
    let t = (make("t0"), make("t1"));
    std::mem::drop(t);
    let mut slot = Some(make("s1"));
    slot = None;
    println!("{}", slot.is_none());
    let b = Box::new(make("boxed"));
    let r = std::mem::replace(&mut *Box::leak(Box::new(make("leak"))), make("repl"));
    println!("end {}", b.0);
    drop(r);
}

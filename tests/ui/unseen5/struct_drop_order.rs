// Drop order: locals in reverse, struct fields in declaration order, Vec elements front to back.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

fn make_and_return() -> Noisy {
    let _a = Noisy("temp a");
    let b = Noisy("returned b");
    let _c = Noisy("temp c");
    b
}

fn main() {
    let _x = Noisy("x");
    let _y = Noisy("y");
    {
        let _p = Pair { left: Noisy("p.left"), right: Noisy("p.right") };
        println!("end of inner block");
    }
    let v = vec![Noisy("v0"), Noisy("v1"), Noisy("v2")];
    let kept = make_and_return();
    println!("got {}", kept.0);
    let _shadow = Noisy("first shadow");
    let _shadow = Noisy("second shadow");
    drop(v);
    let _ = Noisy("underscore pattern");
    println!("end of main");
}

// Drop order: locals in reverse, struct fields in order, moved values, scopes, mem::drop, Vec elements.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({}, {})", self.first.name, self.second.name);
    }
}

fn consume(n: Noisy) {
    println!("consuming {}", n.name);
}

fn make_and_return() -> Noisy {
    let _temp = noisy("temp-in-fn");
    let keep = noisy("returned");
    keep
}

fn main() {
    let _a = noisy("a");
    let b = noisy("b");
    {
        let _c = noisy("c");
        let _d = noisy("d");
        println!("inner scope ends");
    }
    consume(b);
    let r = make_and_return();
    println!("got {}", r.name);
    let p = Pair { first: noisy("p1"), second: noisy("p2") };
    let v = vec![noisy("v0"), noisy("v1"), noisy("v2")];
    drop(p);
    let mut slot = noisy("old");
    slot = noisy("new");
    println!("slot is {}", slot.name);
    let _ = noisy("ignored");
    let _kept = noisy("underscore-named");
    let boxed: Box<Noisy> = Box::new(noisy("boxed"));
    println!("vector has {}", v.len());
    std::mem::forget(noisy("forgotten"));
    let _moved_box = boxed;
    println!("end of main");
}

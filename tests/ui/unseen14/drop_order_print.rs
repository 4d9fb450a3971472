// Drop order printing: locals in reverse, struct fields in declaration order, moves, mem::drop, shadowing
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

fn consume(n: Noisy) {
    println!("consuming {}", n.name);
}

fn build() -> Noisy {
    let _temp = noisy("temp-in-build");
    noisy("returned")
}

fn main() {
    let _a = noisy("a");
    let b = noisy("b");
    {
        let _inner = noisy("inner");
        println!("leaving inner block");
    }
    consume(b);
    let c = noisy("c");
    drop(c);
    let _pair = Pair { first: noisy("pair.first"), second: noisy("pair.second") };
    let shadow = noisy("shadow-1");
    let shadow = Noisy { name: format!("{}-then-2", shadow.name) };
    println!("shadow now {}", shadow.name);
    let v = vec![noisy("v0"), noisy("v1"), noisy("v2")];
    let kept = build();
    println!("built {}", kept.name);
    let _ = noisy("underscore");
    let mut slot = Some(noisy("slot"));
    slot = None;
    println!("slot is none: {}", slot.is_none());
    let boxed: Box<Noisy> = Box::new(noisy("boxed"));
    std::mem::drop(v);
    println!("end of main with {}", boxed.name);
}

// Ownership: drop order of locals, struct fields, Vec elements, temporaries, and moved values.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn consume(n: Noisy) {
    println!("consuming {}", n.name);
}

fn main() {
    let _a = make("a");
    {
        let _b = make("b");
        let _c = make("c");
        println!("inner scope ends");
    }
    let p = Pair { first: make("p1"), second: make("p2") };
    let v = vec![make("v1"), make("v2"), make("v3")];
    consume(make("temp"));
    let moved = make("moved");
    let keep = moved;
    println!("len {}", make("expr").name.len());
    let mut slot = make("old");
    slot = make("new");
    println!("after reassign {}", slot.name);
    let opt = Some(make("opt"));
    if let Some(n) = &opt {
        println!("peek {}", n.name);
    }
    let Pair { first, .. } = p;
    println!("took {}", first.name);
    drop(v);
    println!("end of main {}", keep.name);
}

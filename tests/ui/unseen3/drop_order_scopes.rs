// Drop order: locals in reverse, struct fields in order, Vec elements in order, mem::drop, shadowing, reassignment and temporaries.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

struct Holder {
    name: &'static str,
    items: Vec<Noisy>,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("drop holder {} with {} items", self.name, self.items.len());
    }
}

fn make(tag: &'static str) -> Noisy {
    println!("make {tag}");
    Noisy(tag)
}

fn pass_through(n: Noisy) -> Noisy {
    println!("passing {}", n.0);
    n
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _inner = make("inner");
        println!("leaving block");
    }
    let p = Pair { first: make("p.first"), second: make("p.second") };
    let x = make("x1");
    let x = pass_through(x);
    println!("shadowed, x is {}", x.0);
    let mut y = make("y1");
    y = make("y2");
    println!("y is now {}", y.0);
    let h = Holder { name: "h", items: vec![make("v0"), make("v1"), make("v2")] };
    std::mem::drop(p);
    println!("after dropping p");
    let _ = make("underscore");
    let _kept = make("kept");
    println!("temp len {}", make("temp").0.len());
    let moved = h;
    println!("moved holder {}", moved.name);
    let opt = Some(make("in option"));
    if let Some(n) = opt {
        println!("took {}", n.0);
    }
    let boxed: Box<Noisy> = Box::new(make("boxed"));
    let v = vec![boxed];
    drop(v);
    println!("end of main");
}

// Drop ordering: a guard type, struct fields, Vec elements, shadowing, mem::drop, moves into functions.
struct Guard {
    name: String,
}

impl Guard {
    fn new(name: &str) -> Guard {
        println!("acquire {}", name);
        Guard { name: name.to_string() }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

struct Session {
    id: u32,
    lock: Guard,
    log: Guard,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("closing session {}", self.id);
    }
}

fn consume(g: Guard) -> usize {
    println!("consuming {}", g.name);
    g.name.len()
}

fn make_pair() -> (Guard, Guard) {
    let a = Guard::new("pair-a");
    let _unused = Guard::new("temp-in-fn");
    (a, Guard::new("pair-b"))
}

fn main() {
    let _outer = Guard::new("outer");
    {
        let s = Session { id: 1, lock: Guard::new("lock"), log: Guard::new("log") };
        println!("session {} open", s.id);
    }
    let v = vec![Guard::new("v0"), Guard::new("v1"), Guard::new("v2")];
    let x = Guard::new("x1");
    let x = Guard::new("x2");
    println!("shadowed, now {}", x.name);
    let n = consume(Guard::new("arg"));
    println!("consumed {} bytes", n);
    let (a, _) = make_pair();
    println!("kept {}", a.name);
    let mut slot = Some(Guard::new("slot1"));
    slot = Some(Guard::new("slot2"));
    if let Some(g) = slot.take() {
        println!("took {}", g.name);
    }
    drop(v);
    let _ = Guard::new("ignored");
    let boxed: Box<Guard> = Box::new(Guard::new("boxed"));
    std::mem::drop(x);
    println!("end of main, {} and {} live", a.name, boxed.name);
}

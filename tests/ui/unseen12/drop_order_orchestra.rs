// Drop order in an orchestra: locals in reverse, struct fields in declaration order, Vec items in order, mem::drop and shadowing.
struct Musician {
    name: String,
}

impl Drop for Musician {
    fn drop(&mut self) {
        println!("  {} leaves the stage", self.name);
    }
}

struct Section {
    label: &'static str,
    lead: Musician,
    players: Vec<Musician>,
}

impl Drop for Section {
    fn drop(&mut self) {
        println!("  section {} packs up ({} players)", self.label, self.players.len());
    }
}

fn m(name: &str) -> Musician {
    Musician { name: name.to_string() }
}

fn rehearse(s: Section) -> usize {
    println!("rehearsing {}", s.label);
    s.players.len() + 1
}

fn main() {
    println!("-- locals");
    {
        let _a = m("violin 1");
        let _b = m("violin 2");
        println!("two violins seated");
    }
    println!("-- a section");
    {
        let strings = Section { label: "strings", lead: m("concertmaster"), players: vec![m("cello"), m("viola")] };
        println!("lead is {}", strings.lead.name);
    }
    println!("-- moved into a function");
    let brass = Section { label: "brass", lead: m("trumpet"), players: vec![m("horn")] };
    let size = rehearse(brass);
    println!("brass had {} people", size);
    println!("-- explicit drop and shadowing");
    let conductor = m("maestro");
    let soloist = m("pianist");
    drop(conductor);
    let soloist = Musician { name: format!("{} (encore)", soloist.name) };
    println!("encore by {}", soloist.name);
    println!("-- temporaries and _");
    let _ = m("stagehand");
    m("usher").name.len();
    let mut chairs = vec![m("flute"), m("oboe"), m("clarinet")];
    let removed = chairs.remove(1);
    println!("removed {}", removed.name);
    chairs.truncate(1);
    println!("-- end of main");
}

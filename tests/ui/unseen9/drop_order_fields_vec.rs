// Drop order of struct fields, vector elements, temporaries, shadowed bindings, mem::drop and moved values.
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
    items: Vec<Noisy>,
    tag: Noisy,
}

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy(name)
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn main() {
    let _a = make("a");
    let b = make("b");
    {
        let _pair = Pair { second: make("pair.second"), first: make("pair.first") };
        println!("pair built");
    }
    let shadow = make("shadow1");
    let shadow = Noisy(if shadow.0.len() > 3 { "shadow2" } else { "short" });
    println!("shadowed with {}", shadow.0);
    consume(b);
    let holder = Holder { tag: make("tag"), items: vec![make("v0"), make("v1"), make("v2")] };
    println!("len of temporary: {}", make("temp").0.len());
    let mut items = holder.items;
    println!("moved items out, tag still {}", holder.tag.0);
    let last = items.pop().unwrap();
    items.insert(0, make("v-1"));
    std::mem::drop(last);
    let _ = make("ignored");
    let _kept = make("kept");
    println!("end of main with {} items", items.len());
}

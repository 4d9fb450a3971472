// Drop order of a theatre stage: struct fields in declaration order, Vec elements front to back, shadowing and mem::replace.
use std::mem;

struct Prop {
    name: String,
}

impl Drop for Prop {
    fn drop(&mut self) {
        println!("  strike {}", self.name);
    }
}

struct Scene {
    backdrop: Prop,
    props: Vec<Prop>,
    spotlight: Prop,
}

fn prop(name: &str) -> Prop {
    Prop { name: name.to_string() }
}

fn main() {
    println!("act 1");
    {
        let _scene = Scene {
            backdrop: prop("forest"),
            props: vec![prop("tree"), prop("rock"), prop("stump")],
            spotlight: prop("moon"),
        };
        let _extra = prop("owl");
        println!(" end of act 1");
    }
    println!("act 2");
    let mut lead = prop("crown");
    let old = mem::replace(&mut lead, prop("sword"));
    println!(" replaced {}", old.name);
    drop(old);
    let lead = prop("shield");
    println!(" shadowed by {}", lead.name);
    let mut props = vec![prop("chair"), prop("table"), prop("lamp")];
    let taken = props.remove(1);
    props.truncate(1);
    println!(" kept {} and {}", props[0].name, taken.name);
    let _ = prop("temporary");
    println!("curtain");
}

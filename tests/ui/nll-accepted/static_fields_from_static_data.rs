// Fields written `&'static str` filled from literals, consts, `&'static` parameters and other such fields.
const DEFAULT: &str = "none";

#[derive(Debug, Clone, Copy)]
struct Tag {
    name: &'static str,
}

struct Board {
    tags: Vec<&'static str>,
    current: Tag,
}

fn pick(options: &[&'static str], i: usize) -> Tag {
    Tag { name: options[i % options.len()] }
}

fn rename(t: &mut Tag, to: &'static str) {
    t.name = to;
}

fn main() {
    let words = vec!["red", "green", "blue"];
    let mut b = Board { tags: Vec::new(), current: Tag { name: DEFAULT } };
    for i in 0..4 {
        let t = pick(&words, i);
        b.tags.push(t.name);
        b.current = t;
    }
    rename(&mut b.current, words[0]);
    let local = String::from("temporary");
    let n = local.len();
    b.current.name = if n > 3 { "long" } else { DEFAULT };
    println!("{:?} {:?}", b.tags, b.current);
}

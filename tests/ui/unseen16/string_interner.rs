// A string interner: Vec<String> storage plus HashMap<String, u32> lookup, symbols as Copy ids, resolved back to &str.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Sym(u32);

#[derive(Default)]
struct Interner {
    ids: HashMap<String, Sym>,
    names: Vec<String>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> Sym {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = Sym(self.names.len() as u32);
        self.names.push(s.to_owned());
        self.ids.insert(s.to_owned(), id);
        id
    }

    fn resolve(&self, s: Sym) -> &str {
        &self.names[s.0 as usize]
    }

    fn lookup(&self, s: &str) -> Option<Sym> {
        self.ids.get(s).copied()
    }
}

fn main() {
    let mut pool = Interner::default();
    let src = "let x = y + x * let_y - x";
    let syms: Vec<Sym> = src.split_whitespace().map(|w| pool.intern(w)).collect();
    println!("{:?}", syms.iter().map(|s| s.0).collect::<Vec<_>>());
    println!("{} distinct of {}", pool.names.len(), syms.len());
    let back: Vec<&str> = syms.iter().map(|&s| pool.resolve(s)).collect();
    println!("{}", back.join(" "));
    println!("lookup x {:?}, lookup z {:?}", pool.lookup("x"), pool.lookup("z"));
    let x = pool.intern("x");
    let y = pool.intern("y");
    println!("x == first x: {}, x < y: {}", x == syms[1], x < y);
    let mut counts: HashMap<Sym, usize> = HashMap::new();
    for s in &syms {
        *counts.entry(*s).or_default() += 1;
    }
    let mut by_count: Vec<(usize, &str)> = counts.iter().map(|(s, c)| (*c, pool.resolve(*s))).collect();
    by_count.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    println!("{:?}", by_count);
    let longest = pool.names.iter().max_by_key(|n| n.len()).map(|n| n.as_str());
    println!("longest {:?}", longest);
}

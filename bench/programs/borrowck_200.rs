// Borrow-checker benchmark: about 200 lines of borrowing code assembled from nll-accepted programs.
use std::collections::HashMap;

struct Game_0 {
    players: Vec<String>,
    log: Vec<String>,
}

impl Game_0 {
    fn record(&mut self) {
        for p in &self.players {
            self.log.push(p.clone());
        }
    }
}

fn run_0() {
    let mut g = Game_0 { players: vec![String::from("a")], log: Vec::new() };
    g.record();
    println!("{:?}", g.log);
}

struct Cursor_1 {
    items: Vec<String>,
    pos: usize,
}

impl Cursor_1 {
    fn next(&mut self) -> Option<&String> {
        let i = self.pos;
        self.pos += 1;
        self.items.get(i)
    }
}

fn run_1() {
    let mut c = Cursor_1 { items: vec![String::from("a")], pos: 0 };
    println!("{:?}", c.next());
    println!("{:?}", c.next());
}

struct Counter_2 {
    names: Vec<String>,
}

impl Counter_2 {
    fn add(&mut self, n: &str) -> &String {
        self.names.push(n.to_string());
        self.names.last().unwrap()
    }
}

fn run_2() {
    let mut c = Counter_2 { names: Vec::new() };
    let a = c.add("x").clone();
    println!("{} {}", a, c.add("y"));
}

fn get_default_3(map: &mut HashMap<i32, String>, key: i32) -> &mut String {
    if !map.contains_key(&key) {
        map.insert(key, String::new());
    }
    map.get_mut(&key).unwrap()
}

fn run_3() {
    let mut m = HashMap::new();
    get_default_3(&mut m, 1).push('a');
    get_default_3(&mut m, 1).push('b');
    println!("{}", m[&1]);
}

struct Words_4<'a> {
    list: Vec<&'a str>,
}

impl<'a> Words_4<'a> {
    fn add_all(&mut self, text: &'a str) {
        for w in text.split(' ') {
            self.list.push(w);
        }
    }
}

fn run_4() {
    let text = String::from("a b c");
    let mut w = Words_4 { list: Vec::new() };
    w.add_all(&text);
    println!("{:?}", w.list);
}

struct Registry_5 {
    actions: Vec<Box<dyn Fn() -> String>>,
}

impl Registry_5 {
    fn add(&mut self, name: &str) {
        let n = name.to_string();
        self.actions.push(Box::new(move || n.clone()));
    }
}

fn run_5() {
    let mut r = Registry_5 { actions: Vec::new() };
    r.add("a");
    r.add("b");
    for a in &r.actions {
        println!("{}", a());
    }
}

fn run_6() {
    let words = vec![String::from("aa"), String::from("b"), String::from("ccc")];
    let mut best: Option<&String> = None;
    for w in &words {
        if best.map_or(true, |b| w.len() > b.len()) {
            best = Some(w);
        }
    }
    println!("{:?}", best);
}

fn run_7() {
    let mut m: HashMap<usize, usize> = HashMap::new();
    m.insert(m.len(), 1);
    m.insert(m.len(), 2);
    let mut v = vec![1];
    v.push(v[0] + v.len());
    println!("{} {:?}", m.len(), v);
}

fn first_or_push_8(v: &mut Vec<String>) -> String {
    if let Some(s) = v.first() {
        return s.clone();
    }
    v.push(String::from("new"));
    v[0].clone()
}

fn run_8() {
    let mut v = Vec::new();
    println!("{}", first_or_push_8(&mut v));
    println!("{}", first_or_push_8(&mut v));
}

fn add_9<'a>(list: &mut Vec<&'a str>, item: &'a str) {
    list.push(item);
}

fn run_9() {
    let mut list = Vec::new();
    add_9(&mut list, "one");
    add_9(&mut list, "two");
    println!("{:?}", list);
}

fn swap_in_10<'a>(slot: &mut &'a i32, v: &'a i32) {
    *slot = v;
}

fn run_10() {
    let a = 1;
    let b = 2;
    let mut r = &a;
    swap_in_10(&mut r, &b);
    println!("{}", r);
}

struct Parser_11<'a> {
    rest: &'a str,
}

impl<'a> Parser_11<'a> {
    fn reset(&mut self, input: &'a str) {
        self.rest = input;
    }
}

fn run_11() {
    let text = String::from("abc");
    let mut p = Parser_11 { rest: "" };
    p.reset(&text);
    println!("{}", p.rest);
}

fn head_12<'a>(v: &'a [i32], n: usize) -> &'a [i32] {
    &v[..n]
}

fn run_12() {
    let v = vec![1, 2, 3];
    let h = head_12(&v, 2);
    println!("{:?}", h);
}

fn bump_13(n: &mut i32) {
    *n += 1;
}

fn run_13() {
    let mut x = 0;
    let r = &mut x;
    for _ in 0..3 {
        bump_13(r);
    }
    println!("{}", x);
}

fn run_14() {
    let label: String;
    let n = 4;
    if n % 2 == 0 {
        label = String::from("even");
    } else {
        label = String::from("odd");
    }
    let mut out = Vec::new();
    out.push(&label);
    println!("{:?}", out);
}

fn longest_15<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn run_15() {
    let mut a = String::from("abc");
    let b = String::from("de");
    let r = longest_15(&a, &b);
    println!("{}", r);
    a.push('x');
    println!("{}", a);
}

fn merge_16(into: &mut Vec<i32>, from: &Vec<i32>) {
    for x in from {
        into.push(*x);
    }
}

fn run_16() {
    let mut a = vec![1];
    merge_16(&mut a, &vec![2, 3]);
    println!("{:?}", a);
}

fn run_17() {
    let keys = vec![String::from("a"), String::from("b")];
    let mut m: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        m.insert(k, k.len());
    }
    println!("{}", m.len());
}

struct Slot_18 {
    name: String,
}

fn fill_18(s: &mut Slot_18, from: &str) {
    s.name = from.to_uppercase();
}

fn run_18() {
    let mut s = Slot_18 { name: String::new() };
    fill_18(&mut s, "abc");
    println!("{}", s.name);
}

fn main() {
    run_0();
    run_1();
    run_2();
    run_3();
    run_4();
    run_5();
    run_6();
    run_7();
    run_8();
    run_9();
    run_10();
    run_11();
    run_12();
    run_13();
    run_14();
    run_15();
    run_16();
    run_17();
    run_18();
}

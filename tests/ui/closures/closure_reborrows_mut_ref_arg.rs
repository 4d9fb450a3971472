// A captured `&mut` passed to a `&mut` parameter (function or method) is reborrowed: the closure stays FnMut.
fn add(out: &mut Vec<i32>, x: i32) {
    out.push(x);
}

struct Doubler;

impl Doubler {
    fn put(&self, out: &mut Vec<i32>, x: i32) {
        out.push(x * 2);
    }
}

fn fill(items: &[i32], out: &mut Vec<i32>) {
    items.iter().for_each(|x| add(out, *x));
    let d = Doubler;
    items.iter().for_each(|x| d.put(out, *x));
    out.push(0);
}

fn main() {
    let mut v = Vec::new();
    fill(&[1, 2, 3], &mut v);
    let out = &mut v;
    let mut f = |x| add(out, x);
    f(7);
    f(8);
    println!("{:?}", v);
}

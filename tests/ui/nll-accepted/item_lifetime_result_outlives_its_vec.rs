// `fn first<'a>(xs: &[&'a str]) -> &'a str` given `&v`: the result borrows the items' `'a`, not `v`, which may die first.
fn first<'a>(xs: &[&'a str]) -> &'a str {
    xs[0]
}

fn name<'a>(p: &Pair<'a>) -> &'a str {
    p.left
}

struct Pair<'a> {
    left: &'a str,
    right: &'a str,
}

fn main() {
    let text = String::from("hello brave world");
    let r;
    {
        let v: Vec<&str> = text.split(' ').collect();
        r = first(&v);
    }
    let q;
    {
        let v = vec![text.as_str()];
        let vv = &v;
        let vvv = &vv;
        q = first(vvv);
    }
    let n;
    {
        let p = Pair { left: &text[..5], right: &text[6..] };
        let pp = &p;
        n = name(&*pp);
        println!("right = {}", p.right);
    }
    let b;
    {
        let boxed: Box<Vec<&str>> = Box::new(vec![&text[6..11]]);
        b = first(&boxed);
    }
    println!("{} {} {} {}", r, q, n, b);
}

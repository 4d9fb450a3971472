// A `&'b Vec<&'a str>` parameter handed to `fn first<'a>(xs: &[&'a str]) -> &'a str` gives back `'a`, not `'b`.
fn first<'a>(xs: &[&'a str]) -> &'a str {
    xs[0]
}

fn pick<'a, 'b>(xs: &'b Vec<&'a str>) -> &'a str {
    first(xs)
}

fn pick_slice<'a>(xs: &[&'a str]) -> &'a str {
    let s: &[&str] = xs;
    first(s)
}

fn main() {
    let text = String::from("one two");
    let r;
    {
        let v: Vec<&str> = text.split(' ').collect();
        r = (pick(&v), pick_slice(&v[1..]));
    }
    println!("{:?}", r);
}

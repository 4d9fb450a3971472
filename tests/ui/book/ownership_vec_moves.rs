// Ownership: moving out of Vec with into_iter/pop/swap_remove, mem::replace and mem::swap, clone costs.
use std::mem;

#[derive(Debug, Clone, PartialEq)]
struct Doc {
    title: String,
    pages: u32,
}

fn doc(t: &str, p: u32) -> Doc {
    Doc { title: t.to_string(), pages: p }
}

fn longest(docs: Vec<Doc>) -> Option<Doc> {
    docs.into_iter().max_by_key(|d| d.pages)
}

fn main() {
    let mut shelf = vec![doc("intro", 10), doc("guide", 250), doc("faq", 4), doc("notes", 31)];
    let last = shelf.pop().unwrap();
    let first = shelf.swap_remove(0);
    println!("{last:?} {first:?}");
    println!("{:?}", shelf.iter().map(|d| &d.title).collect::<Vec<_>>());
    let old = mem::replace(&mut shelf[0], doc("replaced", 1));
    println!("old {}", old.title);
    let mut a = doc("a", 1);
    let mut b = doc("b", 2);
    mem::swap(&mut a, &mut b);
    println!("{} {}", a.title, b.title);
    let backup = shelf.clone();
    let big = longest(shelf);
    println!("{:?}", big);
    println!("backup intact: {}", backup.len());
    let titles: Vec<String> = backup.into_iter().map(|d| d.title).collect();
    println!("{:?}", titles);
    let mut opt_doc = Some(doc("maybe", 9));
    if let Some(d) = opt_doc.take() {
        println!("took {}", d.title);
    }
    println!("{:?}", opt_doc);
    let mut names = vec![String::from("x"), String::from("y")];
    let firstname = mem::take(&mut names[0]);
    println!("{firstname:?} {:?}", names);
    let s1 = String::from("hi");
    let s2 = s1;
    let s3 = s2.clone() + "!";
    println!("{s2} {s3}");
    let v = vec![1, 2, 3];
    let w = v;
    let total: i32 = w.iter().sum();
    println!("{total} {}", w.len());
}

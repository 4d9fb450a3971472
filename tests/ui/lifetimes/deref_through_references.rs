// References implement Deref: `as_deref`/`as_deref_mut` on Option<&T>/Option<&mut T>, and a `D: Deref` bound.
use std::ops::Deref;
use std::ops::DerefMut;
use std::rc::Rc;

fn total<D: Deref<Target = Vec<i32>>>(d: D) -> i32 {
    d.iter().sum()
}

fn grow<D: DerefMut<Target = Vec<i32>>>(mut d: D) -> usize {
    d.push(0);
    d.len()
}

fn main() {
    let s = String::from("hi");
    let o: Option<&String> = Some(&s);
    let d: Option<&String> = o.as_deref();
    println!("{:?}", d);
    let owned: Option<String> = Some(String::from("yo"));
    let r: Option<&str> = owned.as_deref();
    println!("{:?}", r);
    let rc: Option<Rc<String>> = Some(Rc::new(String::from("rc")));
    println!("{:?}", rc.as_deref().map(|x| x.len()));
    let mut v = vec![1, 2, 3];
    println!("{}", total(&v));
    println!("{}", grow(&mut v));
    let mut o2: Option<&mut Vec<i32>> = Some(&mut v);
    for _ in 0..2 {
        if let Some(w) = o2.as_deref_mut() {
            w.push(4);
        }
    }
    if let Some(w) = o2.as_deref() {
        println!("{}", w.len());
    }
    println!("{:?}", v);
    let b: Box<Vec<i32>> = Box::new(vec![5]);
    println!("{}", total(b));
    println!("{}", grow(Box::new(vec![7, 8])));
}

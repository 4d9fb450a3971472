//@ compile-fail
// Collecting structs without Eq/Hash into a HashSet.
use std::collections::HashSet;

#[derive(Debug)]
struct Tag(String);

fn main() {
    let tags = vec![Tag("a".into()), Tag("b".into())];
    let set: HashSet<Tag> = tags.into_iter().collect(); //~ ERROR E0277
    //~^ ERROR E0277
    println!("{}", set.len());
}

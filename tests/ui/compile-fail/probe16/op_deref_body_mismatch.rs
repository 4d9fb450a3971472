//@ compile-fail
// Deref::deref returning another type than Target (E0308).
use std::ops::Deref;
struct W(String);
impl Deref for W { type Target = str; fn deref(&self) -> &str { &self.0.len() } } //~ ERROR E0308
fn main() {}
